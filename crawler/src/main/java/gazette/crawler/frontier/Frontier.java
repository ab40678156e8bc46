package gazette.crawler.frontier;

import gazette.crawler.SkipReason;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The URLs a crawl knows, in the order they are due. Every URL is known once: {@link #offer} and {@link #claim}
 * return false for a URL seen before, which is what keeps a URL from being fetched twice. Thread-safe.
 */
public interface Frontier {

    /** Queues a URL unless it is already known; true when it was new. */
    boolean offer(CrawlUrl url);

    /** Marks a URL known without queueing it (redirect targets, refused links); true when it was new. */
    boolean claim(String url);

    /** True when {@code url}, spelt exactly so, was offered or claimed before. */
    boolean known(String url);

    /**
     * The next due URL, blocking while every queued URL waits on its host or on the page budget; empty when the
     * crawl is over: nothing queued and nothing in flight, the page budget spent, or {@link #close} called.
     */
    Optional<CrawlUrl> next() throws InterruptedException;

    /**
     * Queues a URL handed out by {@link #next} again, though it is known: it is tried once more in this run (after
     * {@code reason}, e.g. a 429), no earlier than its host's politeness allows. Call before {@link #done}.
     */
    void retryLater(CrawlUrl url, SkipReason reason, String detail);

    /** Settles a URL handed out by {@link #next}; {@code page} when it became a page (counts against the budget). */
    void done(CrawlUrl url, boolean page);

    /** Removes and returns every URL still queued (the crawl ended before their turn). */
    List<CrawlUrl> drain();

    /** Ends {@link #next} for every waiting worker. */
    void close();

    /** URLs waiting. */
    int queued();

    /**
     * The URL's page was handed to the sink. It counts as done only once {@link #acknowledged} says the sink made it
     * durable; a frontier that keeps nothing between runs ignores this.
     */
    default void written(CrawlUrl url, FetchOutcome fetch) {}

    /** Every page {@link #written} so far is durable in the sink (its flush returned). */
    default void acknowledged() {}

    /** The server confirmed the page unchanged since {@code url.previous()} (HTTP 304): done without a new page. */
    default void notModified(CrawlUrl url, FetchOutcome fetch) {}

    /** The URL answered 404 or 410, not (yet) often enough in a row to be marked removed. */
    default void gone(CrawlUrl url, FetchOutcome fetch, String detail) {}

    /**
     * The URL's page was marked removed in the sink ({@code PageSink#markRemoved}); like {@link #written}, it counts
     * only once {@link #acknowledged} says the mark is durable.
     */
    default void removed(CrawlUrl url, FetchOutcome fetch, String detail) {}

    /** The URL ended without a page, for a reason. */
    default void skipped(CrawlUrl url, SkipReason reason, String detail) {}

    /**
     * A sitemap says {@code url} last changed at {@code lastmod}. A URL queued for a revisit whose last fetch is not
     * older is taken out of this run (true: the caller records {@code SITEMAP_UNCHANGED}); a URL resting until its
     * next due time that changed since its last fetch is queued now. A frontier without history ignores this.
     */
    default boolean unchangedSince(String url, Instant lastmod) {
        return false;
    }

    /**
     * A URL of a host another process owns: recorded as queued for that process to take up on its next load, unless
     * the shared store has a record of it already. A frontier no process shares ignores this.
     */
    default void handOver(CrawlUrl url) {}

    /** Stores state changes held back for a bulk write; called at the end of a crawl, however it ends. */
    default void checkpoint() {}
}
