package gazette.crawler;

import gazette.core.FetchEvent;
import gazette.core.Page;
import gazette.core.PageSink;
import gazette.crawler.frontier.CrawlUrl;
import gazette.crawler.frontier.FetchOutcome;
import gazette.crawler.frontier.Frontier;
import gazette.crawler.history.FetchLog;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands pages and removal marks to the sink one at a time (sinks need not be thread-safe), flushes every
 * {@code flushEvery}, and after each flush tells the frontier that what was written before it is acknowledged, so
 * it becomes done, and appends those pages' fetch events to the history.
 */
final class PageWriter {
    private static final Logger LOG = LoggerFactory.getLogger(PageWriter.class);

    private final PageSink sink;
    private final int flushEvery;
    private final Frontier frontier;
    private final FetchLog history;
    private final List<FetchEvent> events = new ArrayList<>();

    PageWriter(PageSink sink, int flushEvery, Frontier frontier, FetchLog history) {
        this.sink = sink;
        this.flushEvery = flushEvery;
        this.frontier = frontier;
        this.history = history;
    }

    /** Accepts the page of {@code url}; the frontier hears of it inside the same lock, so its flush includes it. */
    synchronized void write(Page page, CrawlUrl url, FetchOutcome fetch, FetchEvent event) {
        sink.accept(page);
        frontier.written(url, fetch);
        held(event);
    }

    /** Marks the page of {@code url} removed, unless an earlier run did; its state counts once acknowledged. */
    synchronized void remove(CrawlUrl url, FetchOutcome fetch, String detail, FetchEvent event) {
        if (url.previous().removedAt() == null) {
            sink.markRemoved(url.url().toString(), fetch.at());
        }
        frontier.removed(url, fetch, detail);
        held(event);
    }

    synchronized void flush() {
        sink.flush();
        LOG.debug("flush pages={}", events.size());
        frontier.acknowledged();
        events.forEach(history::append);
        events.clear();
    }

    private void held(FetchEvent event) {
        events.add(event);
        if (events.size() >= flushEvery) {
            flush();
        }
    }
}
