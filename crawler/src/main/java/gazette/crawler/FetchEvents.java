package gazette.crawler;

import gazette.core.FetchEvent;
import gazette.core.Page;
import gazette.core.PageDocument;
import gazette.crawler.fetch.Response;
import gazette.crawler.frontier.CrawlUrl;
import java.time.Instant;
import java.util.Objects;

/**
 * Builds the fetch-history event of each way a visit ends. An event with a response carries its status and how long
 * the request took (the final hop of a redirect chain).
 */
final class FetchEvents {
    static final String INDEXED = "indexed";
    static final String UNCHANGED = "unchanged";
    static final String NOT_MODIFIED = "not_modified";
    static final String SKIPPED = "skipped";
    static final String FAILED = "failed";
    static final String REMOVED = "removed";

    private FetchEvents() {}

    /** A page handed to the sink: {@code unchanged} when its text hashes as before, else {@code indexed}. */
    static FetchEvent page(CrawlUrl url, Page page, Response response) {
        String before = url.previous().contentHash();
        boolean changed = !Objects.equals(before, page.contentHash());
        return new FetchEvent(page.url(), PageDocument.id(page.url()), page.crawled(), response.status(),
                changed ? INDEXED : UNCHANGED, page.contentHash(), changed, null, null)
                .withDuration(response.elapsed());
    }

    static FetchEvent notModified(CrawlUrl url, Response response, Instant at) {
        return event(url, at, response, NOT_MODIFIED, url.previous().contentHash(), null, null);
    }

    /** A URL that ended without a page; {@code response} is null when no response came. */
    static FetchEvent skipped(CrawlUrl url, Instant at, Response response, SkipReason reason, String detail) {
        return event(url, at, response, reason.failure() ? FAILED : SKIPPED, null, reason.name(), detail);
    }

    static FetchEvent removed(CrawlUrl url, Instant at, Response response, String detail) {
        return event(url, at, response, REMOVED, null, SkipReason.GONE.name(), detail);
    }

    private static FetchEvent event(CrawlUrl url, Instant at, Response response, String outcome, String hash,
            String reason, String detail) {
        String id = url.url().toString();
        Integer status = response == null ? null : response.status();
        return new FetchEvent(id, PageDocument.id(id), at, status, outcome, hash, false, reason, detail)
                .withDuration(response == null ? null : response.elapsed());
    }
}
