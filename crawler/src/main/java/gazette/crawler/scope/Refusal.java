package gazette.crawler.scope;

import gazette.crawler.SkipReason;

/** Why a URL is not crawled, with the specifics, e.g. {@code QUERY_TRAP} and {@code year=2391}. */
public record Refusal(SkipReason reason, String detail) {}
