package gazette.crawler;

import gazette.core.Page;
import gazette.crawler.fetch.Response;
import gazette.crawler.frontier.CrawlUrl;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Records how every URL ended, logs it once, and counts for progress. Thread-safe. */
final class Ledger {
    private static final Logger LOG = LoggerFactory.getLogger(Crawler.class);

    private final List<String> pages = Collections.synchronizedList(new ArrayList<>());
    private final List<Skipped> skipped = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger failed = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();

    void page(CrawlUrl url, Response response, Page page) {
        pages.add(page.url());
        LOG.debug("page url={} status={} bytes={} depth={} language={} redirected={}", page.url(),
                response.status(), response.body().length, url.depth(), page.language(),
                !page.url().equals(url.url().toString()));
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

    CrawlProgress progress(int queued, int requests) {
        return new CrawlProgress(pages.size(), queued, failed.get(), refused.get(), requests);
    }

    CrawlResult result(int requests, Duration elapsed, boolean stopped) {
        synchronized (pages) {
            synchronized (skipped) {
                return new CrawlResult(pages, skipped, requests, elapsed, stopped);
            }
        }
    }
}
