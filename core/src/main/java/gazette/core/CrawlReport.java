package gazette.core;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import java.util.List;

/**
 * One crawl as ops see it (JSON in snake case).
 *
 * @param id            the crawl's id
 * @param status        where it stands
 * @param seeds         the seed URLs
 * @param hosts         the host keys in scope
 * @param maxPages      the page budget
 * @param fetched       pages indexed so far
 * @param queued        URLs waiting for their turn
 * @param failed        URLs that ended in an error
 * @param skipped       URLs a rule refused
 * @param requests      HTTP requests made
 * @param rate          pages per second since the start
 * @param started       when it started
 * @param lastActivity  when it last settled a URL (the start until then)
 * @param finished      when it ended, or null while it runs
 * @param stopRequested whether someone asked it to stop
 * @param error         why it failed, or null
 * @param site          the configured site it crawls, or null
 * @param kind          what it was asked to crawl: {@code seeds}, {@code site}, {@code section} or {@code urls}
 * @param hostProgress  each host's fetches so far, from the fetch history (empty when none is kept), and, while the
 *                      crawl runs, what each waits on
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CrawlReport(
        String id,
        CrawlState status,
        List<String> seeds,
        List<String> hosts,
        int maxPages,
        int fetched,
        int queued,
        int failed,
        int skipped,
        int requests,
        double rate,
        Instant started,
        Instant lastActivity,
        Instant finished,
        boolean stopRequested,
        String error,
        String site,
        String kind,
        List<HostProgress> hostProgress) {

    public CrawlReport {
        seeds = List.copyOf(seeds);
        hosts = List.copyOf(hosts);
        hostProgress = hostProgress == null ? List.of() : List.copyOf(hostProgress);
    }

    /** A crawl from seeds, of no configured site. */
    public CrawlReport(String id, CrawlState status, List<String> seeds, List<String> hosts, int maxPages, int fetched,
            int queued, int failed, int skipped, int requests, double rate, Instant started, Instant lastActivity,
            Instant finished, boolean stopRequested, String error) {
        this(id, status, seeds, hosts, maxPages, fetched, queued, failed, skipped, requests, rate, started,
                lastActivity, finished, stopRequested, error, null, "seeds", List.of());
    }
}
