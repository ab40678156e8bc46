package gazette.crawler;

import gazette.core.FetchEvent;
import gazette.core.Page;
import gazette.core.PageDocument;
import gazette.crawler.frontier.CrawlUrl;
import java.time.Instant;
import java.util.Objects;

/** Builds the fetch-history event of each way a visit ends. */
final class FetchEvents {
    static final String INDEXED = "indexed";
    static final String UNCHANGED = "unchanged";
    static final String NOT_MODIFIED = "not_modified";
    static final String SKIPPED = "skipped";
    static final String FAILED = "failed";
    static final String REMOVED = "removed";

    private FetchEvents() {}

    /** A page handed to the sink: {@code unchanged} when its text hashes as before, else {@code indexed}. */
    static FetchEvent page(CrawlUrl url, Page page, int status) {
        String before = url.previous().contentHash();
        boolean changed = !Objects.equals(before, page.contentHash());
        return new FetchEvent(page.url(), PageDocument.id(page.url()), page.crawled(), status,
                changed ? INDEXED : UNCHANGED, page.contentHash(), changed, null, null);
    }

    static FetchEvent notModified(CrawlUrl url, Instant at) {
        return event(url, at, 304, NOT_MODIFIED, url.previous().contentHash(), null, null);
    }

    /** A URL that ended without a page; {@code status} is null when no response came. */
    static FetchEvent skipped(CrawlUrl url, Instant at, Integer status, SkipReason reason, String detail) {
        return event(url, at, status, reason.failure() ? FAILED : SKIPPED, null, reason.name(), detail);
    }

    static FetchEvent removed(CrawlUrl url, Instant at, int status, String detail) {
        return event(url, at, status, REMOVED, null, SkipReason.GONE.name(), detail);
    }

    private static FetchEvent event(CrawlUrl url, Instant at, Integer status, String outcome, String hash,
            String reason, String detail) {
        String id = url.url().toString();
        return new FetchEvent(id, PageDocument.id(id), at, status, outcome, hash, false, reason, detail);
    }
}
