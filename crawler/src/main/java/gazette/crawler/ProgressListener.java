package gazette.crawler;

import gazette.crawler.politeness.HostState;
import java.util.List;
import java.util.function.Supplier;

/**
 * Told how a crawl is going after every URL it settles. Called from crawler threads, possibly concurrently, so
 * implementations must be thread-safe and quick (throttle terminal output yourself).
 */
@FunctionalInterface
public interface ProgressListener {
    /** Ignores progress. */
    ProgressListener NONE = progress -> {};

    void progress(CrawlProgress progress);

    /**
     * Given once, before the first request: a live view of what each host waits on. It is read while nothing
     * settles, which is when progress reports stop coming and when a stalled crawl needs explaining.
     */
    default void watching(Supplier<List<HostState>> hosts) {}
}
