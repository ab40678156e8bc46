package gazette.crawler;

/**
 * Told how a crawl is going after every URL it settles. Called from crawler threads, possibly concurrently, so
 * implementations must be thread-safe and quick (throttle terminal output yourself).
 */
@FunctionalInterface
public interface ProgressListener {
    /** Ignores progress. */
    ProgressListener NONE = progress -> {};

    void progress(CrawlProgress progress);
}
