package gazette.bench.load;

import java.util.Locale;

/**
 * One crawl of the load benchmark: the search latencies while it ran and while it was paused, its phases
 * interleaved so both saw the same machine, and what the crawl did in its running time.
 */
record CrawlPhase(CrawlVariant variant, Latencies quiet, Latencies during, int pages, double crawlSeconds,
        String crawl, String loadAverage) {

    double p99Ratio() {
        return during.percentileMs(99) / quiet.percentileMs(99);
    }

    String summary() {
        return String.format(Locale.ROOT, """
                crawl %s: p99 ratio, crawl / no crawl: %.2f; p50 ratio %.2f; %d pages in %.0f s of crawling (%.1f pages/s)
                  %s
                  load average (1 min) at the crawl's start and end: %s""", variant.name(), p99Ratio(),
                during.percentileMs(50) / quiet.percentileMs(50), pages, crawlSeconds, pages / crawlSeconds, crawl,
                loadAverage);
    }
}
