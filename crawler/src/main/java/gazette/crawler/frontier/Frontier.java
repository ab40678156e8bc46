package gazette.crawler.frontier;

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

    /**
     * The next due URL, blocking while every queued URL waits on its host or on the page budget; empty when the
     * crawl is over: nothing queued and nothing in flight, the page budget spent, or {@link #close} called.
     */
    Optional<CrawlUrl> next() throws InterruptedException;

    /** Settles a URL handed out by {@link #next}; {@code page} when it became a page (counts against the budget). */
    void done(CrawlUrl url, boolean page);

    /** Removes and returns every URL still queued (the crawl ended before their turn). */
    List<CrawlUrl> drain();

    /** Ends {@link #next} for every waiting worker. */
    void close();

    /** URLs waiting. */
    int queued();
}
