package gazette.crawler.pacing;

import gazette.core.Page;
import gazette.core.PageSink;
import gazette.crawler.politeness.Sleeper;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link PageSink} that holds each crawled page until the {@link SearchPacer} lets it through, so the crawl's
 * workers slow down while the Elasticsearch they write to answers searches slowly; a thread of its own reads the
 * search totals once per window. The wrapped sink stays open: it belongs to the caller.
 */
public final class PacedSink implements PageSink {
    private static final Logger LOG = LoggerFactory.getLogger(PacedSink.class);

    private final PageSink sink;
    private final SearchMeter meter;
    private final PacingSettings settings;
    private final SearchPacer pacer;
    private final Thread watcher;

    private PacedSink(PageSink sink, SearchMeter meter, PacingSettings settings) {
        this.sink = sink;
        this.meter = meter;
        this.settings = settings;
        this.pacer = new SearchPacer(settings, Clock.systemUTC(), Sleeper.SYSTEM);
        this.watcher = Thread.ofVirtual().name("search-pacer").unstarted(this::watch);
    }

    /** Wraps {@code sink} and starts watching the searches {@code meter} reads. */
    public static PacedSink start(PageSink sink, SearchMeter meter, PacingSettings settings) {
        PacedSink paced = new PacedSink(sink, meter, settings);
        paced.watcher.start();
        return paced;
    }

    @Override
    public void accept(Page page) {
        try {
            pacer.admit();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the crawl is stopping; the page still goes to the sink
        }
        sink.accept(page);
    }

    @Override
    public void flush() {
        sink.flush();
    }

    @Override
    public void markRemoved(String url, Instant since) {
        sink.markRemoved(url, since);
    }

    /** Stops watching and flushes the wrapped sink, which is not closed. */
    @Override
    public void close() {
        watcher.interrupt();
        sink.flush();
    }

    private void watch() {
        SearchTotals last = null;
        while (!Thread.currentThread().isInterrupted()) {
            try {
                Thread.sleep(settings.window());
                SearchTotals now = meter.read();
                if (last != null) {
                    windowEnded(now.since(last));
                }
                last = now;
            } catch (InterruptedException e) {
                return;
            } catch (IOException | RuntimeException e) {
                // Elasticsearch unreachable: the bulk indexer waits out the outage; the rate stays as it was.
                LOG.debug("event=pacing_stats_unavailable error={}", e.toString());
            }
        }
    }

    private void windowEnded(SearchTotals window) {
        double before = pacer.rate();
        double after = pacer.windowEnded(window);
        if (before != after) {
            LOG.debug("event=pacing rate={} searches={} search_ms={}", after == SearchAwareRate.FREE ? "free"
                    : String.format(Locale.ROOT, "%.1f", after), window.searches(),
                    String.format(Locale.ROOT, "%.1f", window.meanMillis()));
        }
    }
}
