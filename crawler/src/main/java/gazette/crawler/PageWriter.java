package gazette.crawler;

import gazette.core.Page;
import gazette.core.PageSink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Hands pages to the sink one at a time (sinks need not be thread-safe) and flushes every {@code flushEvery}. */
final class PageWriter {
    private static final Logger LOG = LoggerFactory.getLogger(PageWriter.class);

    private final PageSink sink;
    private final int flushEvery;
    private int unflushed;

    PageWriter(PageSink sink, int flushEvery) {
        this.sink = sink;
        this.flushEvery = flushEvery;
    }

    synchronized void write(Page page) {
        sink.accept(page);
        if (++unflushed >= flushEvery) {
            flush();
        }
    }

    synchronized void flush() {
        sink.flush();
        LOG.debug("flush pages={}", unflushed);
        unflushed = 0;
    }
}
