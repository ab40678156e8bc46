package gazette.crawler.pacing;

import java.time.Duration;

/**
 * How a crawl yields to searches on the Elasticsearch it writes to.
 *
 * @param window      how often the searches' latency is read and the crawl's rate adjusted
 * @param slowdown    a window whose mean search time exceeds this many times the fastest seen so far is "slowed"
 * @param noticeable  and exceeds this too: below it, a search is fast whatever the ratio (noise on a fast machine)
 * @param minSearches fewer searches than this in a window means nobody is searching (the crawler's own lookups are
 *                    searches too, about one per bulk request): the crawl then runs at full speed
 * @param minRate     the slowest the crawl goes, pages per second, however slow the searches
 * @param step        pages per second added back after each window in which searches were not slowed
 */
public record PacingSettings(Duration window, double slowdown, Duration noticeable, int minSearches, double minRate,
        double step) {
    public PacingSettings {
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("window must be positive, was " + window);
        }
        if (slowdown < 1) {
            throw new IllegalArgumentException("slowdown must be at least 1, was " + slowdown);
        }
        if (noticeable.isNegative() || minSearches < 1 || minRate <= 0 || step <= 0) {
            throw new IllegalArgumentException("noticeable >= 0, minSearches >= 1, minRate > 0 and step > 0 needed");
        }
    }

    /**
     * Two-second windows (a few searches each at a newsroom's pace); slowed at 1.5× the fastest window; at least
     * 2 pages/s, regaining 2 pages/s per calm window, so a crawl halved from 80 pages/s is back in a minute.
     */
    public static PacingSettings defaults() {
        return new PacingSettings(Duration.ofSeconds(2), 1.5, Duration.ofMillis(20), 2, 2, 2);
    }
}
