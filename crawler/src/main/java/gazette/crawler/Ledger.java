package gazette.crawler;

import gazette.core.Page;
import gazette.crawler.fetch.Response;
import gazette.crawler.frontier.CrawlUrl;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Records how every URL ended, logs it once, and counts for progress. Thread-safe. */
final class Ledger {
    private static final Logger LOG = LoggerFactory.getLogger(Crawler.class);

    // Lock-free: every worker adds to these after every URL, and a synchronised list made them wait for each other.
    private final Queue<String> pages = new ConcurrentLinkedQueue<>();
    private final Queue<Skipped> skipped = new ConcurrentLinkedQueue<>();
    /** The text hash of each page written in this run, by requested and by final URL: canonical checks need it. */
    private final Map<String, String> hashes = new ConcurrentHashMap<>();
    /** The size of {@code pages}, read for progress after every URL (the queue would count its nodes). */
    private final AtomicInteger pageCount = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();

    void page(CrawlUrl url, Response response, Page page) {
        pages.add(page.url());
        pageCount.incrementAndGet();
        hashes.put(page.url(), page.contentHash());
        hashes.put(url.url().toString(), page.contentHash());
        if (LOG.isDebugEnabled()) {
            LOG.debug("page url={} status={} bytes={} depth={} language={} redirected={}", page.url(),
                    response.status(), response.body().length, url.depth(), page.language(),
                    !page.url().equals(url.url().toString()));
        }
    }

    void skip(String url, SkipReason reason, String detail) {
        skipped.add(new Skipped(url, reason, detail));
        (reason.failure() ? failed : refused).incrementAndGet();
        if (reason.failure() || reason == SkipReason.GONE) {
            LOG.info("skip url={} reason={} detail=\"{}\"", url, reason, detail);
        } else {
            LOG.debug("skip url={} reason={} detail=\"{}\"", url, reason, detail);
        }
    }

    /** The text hash of the page {@code url} became in this run, if it became one. */
    Optional<String> pageHash(String url) {
        return Optional.ofNullable(hashes.get(url));
    }

    CrawlProgress progress(int queued, int requests) {
        return new CrawlProgress(pageCount.get(), queued, failed.get(), refused.get(), requests);
    }

    CrawlResult result(int requests, Duration elapsed, boolean stopped) {
        return new CrawlResult(List.copyOf(pages), List.copyOf(skipped), requests, elapsed, stopped);
    }
}
