package gazette.core;

import java.util.List;
import java.util.Optional;

/**
 * Starts, watches and stops crawls on behalf of ops, and answers what the crawler knows about one URL. At most one
 * running crawl per host: {@link #start} refuses a crawl that shares a host with a running one.
 */
public interface CrawlControl {

    /**
     * Starts a crawl in the background and returns its first report.
     *
     * @throws CrawlConflictException when a running crawl already covers one of the request's hosts
     */
    CrawlReport start(CrawlRequest request);

    /** Every crawl this process started, newest first. */
    List<CrawlReport> crawls();

    /** The live report of one crawl, or empty when no crawl has that id. */
    Optional<CrawlReport> crawl(String id);

    /** Asks a crawl to stop (requests in flight finish); empty when no crawl has that id. */
    Optional<CrawlReport> stop(String id);

    /** The crawl-status record of {@code url}, joined with whether it is in the pages index; empty when unknown. */
    Optional<UrlReport> url(String url);
}
