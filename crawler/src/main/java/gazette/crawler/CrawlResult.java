package gazette.crawler;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a crawl did: every URL either became a page or has a reason.
 *
 * @param pages    URLs (after redirects) of the pages handed to the sink, in the order they were fetched
 * @param skipped  every other URL the crawl met, with its reason, in the order they were settled
 * @param requests HTTP requests made, robots.txt and sitemaps included
 * @param elapsed  wall time by the crawl's clock
 * @param stopped  true when {@link Crawler#stop()} ended the crawl early
 */
public record CrawlResult(List<String> pages, List<Skipped> skipped, int requests, Duration elapsed, boolean stopped) {
    public CrawlResult {
        pages = List.copyOf(pages);
        skipped = List.copyOf(skipped);
    }

    /** The skipped URLs with one reason. */
    public List<Skipped> skipped(SkipReason reason) {
        return skipped.stream().filter(s -> s.reason() == reason).toList();
    }

    /** How many URLs ended with each reason; reasons that did not occur are absent. */
    public Map<SkipReason, Integer> reasons() {
        Map<SkipReason, Integer> counts = new EnumMap<>(SkipReason.class);
        skipped.forEach(s -> counts.merge(s.reason(), 1, Integer::sum));
        return counts;
    }
}
