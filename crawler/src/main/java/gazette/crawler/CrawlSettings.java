package gazette.crawler;

import gazette.crawler.fetch.FetchSettings;
import gazette.crawler.politeness.PolitenessSettings;
import gazette.crawler.scope.Urls;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything one crawl needs to know, validated on construction so a bad value stops start-up with a clear message.
 * Start from {@link #of} and change what differs with the {@code with…} methods.
 *
 * @param seeds        absolute http(s) URLs to start from; their hosts are the crawl's scope
 * @param maxPages     pages handed to the sink before the crawl stops ({@code LIMIT_REACHED} for the rest)
 * @param maxDepth     link hops from a seed (seeds and sitemap URLs are depth 0)
 * @param concurrency  requests in flight across all hosts
 * @param sitemaps     whether sitemaps named in robots.txt add URLs to the crawl
 * @param flushEvery   the sink is flushed after this many pages, and at the end
 * @param politeness   per-host delays and parallelism
 * @param fetch        user agent, timeouts, size and redirect limits, private-address policy
 * @param revisitAfter how long after a successful fetch a URL is due again, when the frontier outlives the run
 */
public record CrawlSettings(
        List<URI> seeds,
        int maxPages,
        int maxDepth,
        int concurrency,
        boolean sitemaps,
        int flushEvery,
        PolitenessSettings politeness,
        FetchSettings fetch,
        Duration revisitAfter) {

    public CrawlSettings {
        seeds = List.copyOf(Objects.requireNonNull(seeds, "seeds"));
        if (seeds.isEmpty()) {
            throw new IllegalArgumentException("at least one seed URL is needed");
        }
        seeds.stream().filter(s -> !Urls.isWeb(s)).findFirst().ifPresent(s -> {
            throw new IllegalArgumentException("seed must be an absolute http(s) URL: " + s);
        });
        requireAtLeast(maxPages, 1, "maxPages");
        requireAtLeast(maxDepth, 0, "maxDepth");
        requireAtLeast(concurrency, 1, "concurrency");
        requireAtLeast(flushEvery, 1, "flushEvery");
        Objects.requireNonNull(politeness, "politeness");
        Objects.requireNonNull(fetch, "fetch");
        Objects.requireNonNull(revisitAfter, "revisitAfter");
        if (revisitAfter.isNegative()) {
            throw new IllegalArgumentException("revisitAfter must not be negative, was " + revisitAfter);
        }
    }

    /**
     * 1,000 pages, depth 20, 8 concurrent requests, sitemaps on, flush every 100, default politeness and fetch,
     * revisits after a day.
     */
    public static CrawlSettings of(List<URI> seeds) {
        return new CrawlSettings(seeds, 1000, 20, 8, true, 100, PolitenessSettings.defaults(),
                FetchSettings.defaults(), Duration.ofDays(1));
    }

    public static CrawlSettings of(URI... seeds) {
        return of(List.of(seeds));
    }

    /** The host keys of the seeds: the crawl's scope. */
    public Set<String> hosts() {
        Set<String> hosts = new LinkedHashSet<>();
        seeds.forEach(seed -> hosts.add(Urls.hostKey(seed)));
        return hosts;
    }

    public CrawlSettings withMaxPages(int max) {
        return new CrawlSettings(seeds, max, maxDepth, concurrency, sitemaps, flushEvery, politeness, fetch,
                revisitAfter);
    }

    public CrawlSettings withMaxDepth(int max) {
        return new CrawlSettings(seeds, maxPages, max, concurrency, sitemaps, flushEvery, politeness, fetch,
                revisitAfter);
    }

    public CrawlSettings withConcurrency(int requests) {
        return new CrawlSettings(seeds, maxPages, maxDepth, requests, sitemaps, flushEvery, politeness, fetch,
                revisitAfter);
    }

    public CrawlSettings withSitemaps(boolean use) {
        return new CrawlSettings(seeds, maxPages, maxDepth, concurrency, use, flushEvery, politeness, fetch,
                revisitAfter);
    }

    public CrawlSettings withFlushEvery(int pages) {
        return new CrawlSettings(seeds, maxPages, maxDepth, concurrency, sitemaps, pages, politeness, fetch,
                revisitAfter);
    }

    public CrawlSettings withPoliteness(PolitenessSettings settings) {
        return new CrawlSettings(seeds, maxPages, maxDepth, concurrency, sitemaps, flushEvery, settings, fetch,
                revisitAfter);
    }

    public CrawlSettings withFetch(FetchSettings settings) {
        return new CrawlSettings(seeds, maxPages, maxDepth, concurrency, sitemaps, flushEvery, politeness, settings,
                revisitAfter);
    }

    public CrawlSettings withRevisitAfter(Duration after) {
        return new CrawlSettings(seeds, maxPages, maxDepth, concurrency, sitemaps, flushEvery, politeness, fetch,
                after);
    }

    /** Shorthand for the per-host minimum delay. */
    public CrawlSettings withMinDelay(Duration delay) {
        return withPoliteness(politeness.withMinDelay(delay));
    }

    /** Shorthand for allowing loopback and private addresses (the demo, tests). */
    public CrawlSettings withAllowPrivate(boolean allow) {
        return withFetch(fetch.withAllowPrivate(allow));
    }

    /** Shorthand for the User-Agent header. */
    public CrawlSettings withUserAgent(String agent) {
        return withFetch(fetch.withUserAgent(agent));
    }

    private static void requireAtLeast(int value, int min, String name) {
        if (value < min) {
            throw new IllegalArgumentException(name + " must be at least " + min + ", was " + value);
        }
    }
}
