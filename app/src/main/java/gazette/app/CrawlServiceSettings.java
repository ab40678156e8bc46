package gazette.app;

import gazette.core.FetchHistory;
import gazette.crawler.politeness.PolitenessSettings;
import java.time.Duration;
import java.util.Objects;

/**
 * How the server runs crawls started through the admin API.
 *
 * @param alias       the pages index alias crawls write to
 * @param statusIndex the crawl-status index that keeps the frontier
 * @param stallAfter  a running crawl with URLs queued that settles nothing for this long is reported stalled
 * @param politeness  per-host delays and parallelism for every crawl (a site's own delay and parallelism win)
 * @param historyIndex the fetch-history index URL lookups read
 */
record CrawlServiceSettings(String alias, String statusIndex, Duration stallAfter, PolitenessSettings politeness,
        String historyIndex) {
    static final Duration DEFAULT_STALL_AFTER = Duration.ofMinutes(2);

    CrawlServiceSettings {
        Objects.requireNonNull(alias, "alias");
        Objects.requireNonNull(statusIndex, "statusIndex");
        Objects.requireNonNull(politeness, "politeness");
        Objects.requireNonNull(historyIndex, "historyIndex");
        if (stallAfter == null || stallAfter.isNegative() || stallAfter.isZero()) {
            throw new IllegalArgumentException("the stall limit must be a positive duration, was " + stallAfter);
        }
    }

    /** Lookups read the default fetch-history index. */
    CrawlServiceSettings(String alias, String statusIndex, Duration stallAfter, PolitenessSettings politeness) {
        this(alias, statusIndex, stallAfter, politeness, FetchHistory.NAME);
    }
}
