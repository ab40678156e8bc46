package gazette.crawler;

import gazette.core.Page;
import gazette.core.PageSink;
import gazette.crawler.frontier.CrawlUrl;
import gazette.crawler.frontier.FetchOutcome;
import gazette.crawler.frontier.Frontier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands pages to the sink one at a time (sinks need not be thread-safe), flushes every {@code flushEvery}, and
 * tells the frontier after each flush that the pages written before it are acknowledged, so they become done.
 */
final class PageWriter {
    private static final Logger LOG = LoggerFactory.getLogger(PageWriter.class);

    private final PageSink sink;
    private final int flushEvery;
    private final Frontier frontier;
    private int unflushed;

    PageWriter(PageSink sink, int flushEvery, Frontier frontier) {
        this.sink = sink;
        this.flushEvery = flushEvery;
        this.frontier = frontier;
    }

    /** Accepts the page of {@code url}; the frontier hears of it inside the same lock, so its flush includes it. */
    synchronized void write(Page page, CrawlUrl url, FetchOutcome fetch) {
        sink.accept(page);
        frontier.written(url, fetch);
        if (++unflushed >= flushEvery) {
            flush();
        }
    }

    synchronized void flush() {
        sink.flush();
        LOG.debug("flush pages={}", unflushed);
        unflushed = 0;
        frontier.acknowledged();
    }
}
