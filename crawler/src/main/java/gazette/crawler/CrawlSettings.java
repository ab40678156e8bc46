package gazette.crawler;

import gazette.crawler.fetch.FetchSettings;
import gazette.crawler.frontier.RevisitSchedule;
import gazette.crawler.politeness.PolitenessSettings;
import gazette.crawler.scope.Partition;
import gazette.crawler.scope.TrapSettings;
import gazette.crawler.scope.UrlFilter;
import gazette.crawler.scope.Urls;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything one crawl needs to know, validated on construction so a bad value stops start-up with a clear message.
 * Start from {@link #builder} (or {@link #of} for the defaults) and set what differs.
 *
 * @param seeds       absolute http(s) URLs to start from; their hosts are the crawl's scope
 * @param maxPages    pages handed to the sink before the crawl stops ({@code LIMIT_REACHED} for the rest)
 * @param maxDepth    link hops from a seed (seeds and sitemap URLs are depth 0)
 * @param concurrency requests in flight across all hosts
 * @param sitemaps    whether sitemaps named in robots.txt add URLs to the crawl
 * @param flushEvery  the sink is flushed after this many pages, and at the end
 * @param politeness  per-host delays, parallelism and the {@code Retry-After} cap
 * @param fetch       user agent, timeouts, size and redirect limits, private-address policy
 * @param revisit     when a fetched URL is due again, when the frontier outlives the run
 * @param removeAfter consecutive 404/410 answers after which a page is marked removed (never fewer than 2 is wise)
 * @param maxRemovals pages marked removed in one run at most; the rest wait for the next run (a site that answers
 *                    404 everywhere for a day must not empty the index)
 * @param traps       limits against endless URL spaces
 * @param partition   this process's share of the hosts when several crawlers share one crawl-status index
 * @param filter      the site's include and exclude URL patterns
 * @param sitemapUrls sitemaps read besides those robots.txt names (when {@code sitemaps} is on)
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
        RevisitSchedule revisit,
        int removeAfter,
        int maxRemovals,
        TrapSettings traps,
        Partition partition,
        UrlFilter filter,
        List<URI> sitemapUrls) {

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
        requireAtLeast(removeAfter, 1, "removeAfter");
        requireAtLeast(maxRemovals, 0, "maxRemovals");
        Objects.requireNonNull(politeness, "politeness");
        Objects.requireNonNull(fetch, "fetch");
        Objects.requireNonNull(revisit, "revisit");
        Objects.requireNonNull(traps, "traps");
        Objects.requireNonNull(partition, "partition");
        Objects.requireNonNull(filter, "filter");
        sitemapUrls = List.copyOf(Objects.requireNonNull(sitemapUrls, "sitemapUrls"));
        sitemapUrls.stream().filter(s -> !Urls.isWeb(s)).findFirst().ifPresent(s -> {
            throw new IllegalArgumentException("sitemap must be an absolute http(s) URL: " + s);
        });
    }

    /** A builder starting from the defaults (see {@link Builder}). */
    public static Builder builder(List<URI> seeds) {
        return new Builder(seeds);
    }

    public static Builder builder(URI... seeds) {
        return builder(List.of(seeds));
    }

    /** The defaults for these seeds. */
    public static CrawlSettings of(List<URI> seeds) {
        return builder(seeds).build();
    }

    public static CrawlSettings of(URI... seeds) {
        return of(List.of(seeds));
    }

    /** A builder holding these settings, to change a few. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** The host keys of the seeds: the crawl's scope. */
    public Set<String> hosts() {
        Set<String> hosts = new LinkedHashSet<>();
        seeds.forEach(seed -> hosts.add(Urls.hostKey(seed)));
        return hosts;
    }

    /** How long after its first fetch a URL is due again. */
    public Duration revisitAfter() {
        return revisit.initial();
    }

    public CrawlSettings withMaxPages(int max) {
        return toBuilder().maxPages(max).build();
    }

    public CrawlSettings withMaxDepth(int max) {
        return toBuilder().maxDepth(max).build();
    }

    public CrawlSettings withConcurrency(int requests) {
        return toBuilder().concurrency(requests).build();
    }

    public CrawlSettings withSitemaps(boolean use) {
        return toBuilder().sitemaps(use).build();
    }

    public CrawlSettings withFlushEvery(int pages) {
        return toBuilder().flushEvery(pages).build();
    }

    public CrawlSettings withPoliteness(PolitenessSettings settings) {
        return toBuilder().politeness(settings).build();
    }

    public CrawlSettings withFetch(FetchSettings settings) {
        return toBuilder().fetch(settings).build();
    }

    /** The revisit schedule starting at {@code after}. */
    public CrawlSettings withRevisitAfter(Duration after) {
        return toBuilder().revisitAfter(after).build();
    }

    public CrawlSettings withMinDelay(Duration delay) {
        return toBuilder().minDelay(delay).build();
    }

    public CrawlSettings withAllowPrivate(boolean allow) {
        return toBuilder().allowPrivate(allow).build();
    }

    public CrawlSettings withUserAgent(String agent) {
        return toBuilder().userAgent(agent).build();
    }

    private static void requireAtLeast(int value, int min, String name) {
        if (value < min) {
            throw new IllegalArgumentException(name + " must be at least " + min + ", was " + value);
        }
    }

    /**
     * Collects settings; {@link #build} validates them. Defaults: 1,000 pages, depth 20, 8 concurrent requests,
     * sitemaps on, flush every 100, default politeness, fetch, revisit schedule and trap limits, removal after 2
     * consecutive 404/410 and at most 500 removals a run, the whole crawl in this process.
     */
    public static final class Builder {
        private List<URI> seeds;
        private int maxPages = 1000;
        private int maxDepth = 20;
        private int concurrency = 8;
        private boolean sitemaps = true;
        private int flushEvery = 100;
        private PolitenessSettings politeness = PolitenessSettings.defaults();
        private FetchSettings fetch = FetchSettings.defaults();
        private RevisitSchedule revisit = RevisitSchedule.defaults();
        private int removeAfter = 2;
        private int maxRemovals = 500;
        private TrapSettings traps = TrapSettings.defaults();
        private Partition partition = Partition.ALL;
        private UrlFilter filter = UrlFilter.ALL;
        private List<URI> sitemapUrls = List.of();

        private Builder(List<URI> seeds) {
            this.seeds = seeds;
        }

        private Builder(CrawlSettings s) {
            this(s.seeds());
            maxPages = s.maxPages();
            maxDepth = s.maxDepth();
            concurrency = s.concurrency();
            sitemaps = s.sitemaps();
            flushEvery = s.flushEvery();
            politeness = s.politeness();
            fetch = s.fetch();
            revisit = s.revisit();
            removeAfter = s.removeAfter();
            maxRemovals = s.maxRemovals();
            traps = s.traps();
            partition = s.partition();
            filter = s.filter();
            sitemapUrls = s.sitemapUrls();
        }

        public Builder seeds(List<URI> urls) {
            seeds = urls;
            return this;
        }

        public Builder maxPages(int max) {
            maxPages = max;
            return this;
        }

        public Builder maxDepth(int max) {
            maxDepth = max;
            return this;
        }

        public Builder concurrency(int requests) {
            concurrency = requests;
            return this;
        }

        public Builder sitemaps(boolean use) {
            sitemaps = use;
            return this;
        }

        public Builder flushEvery(int pages) {
            flushEvery = pages;
            return this;
        }

        public Builder politeness(PolitenessSettings settings) {
            politeness = settings;
            return this;
        }

        /** Shorthand for the per-host minimum delay. */
        public Builder minDelay(Duration delay) {
            politeness = politeness.withMinDelay(delay);
            return this;
        }

        public Builder fetch(FetchSettings settings) {
            fetch = settings;
            return this;
        }

        /** Shorthand for allowing loopback and private addresses (the demo, tests). */
        public Builder allowPrivate(boolean allow) {
            fetch = fetch.withAllowPrivate(allow);
            return this;
        }

        /** Shorthand for the User-Agent header. */
        public Builder userAgent(String agent) {
            fetch = fetch.withUserAgent(agent);
            return this;
        }

        public Builder revisit(RevisitSchedule schedule) {
            revisit = schedule;
            return this;
        }

        /** Shorthand for the schedule's first interval (its bounds widen to include it). */
        public Builder revisitAfter(Duration first) {
            if (first == null || first.isNegative()) {
                throw new IllegalArgumentException("revisitAfter must not be negative, was " + first);
            }
            revisit = revisit.startingAt(first);
            return this;
        }

        public Builder removeAfter(int goneFetches) {
            removeAfter = goneFetches;
            return this;
        }

        public Builder maxRemovals(int perRun) {
            maxRemovals = perRun;
            return this;
        }

        public Builder traps(TrapSettings settings) {
            traps = settings;
            return this;
        }

        public Builder partition(Partition share) {
            partition = share;
            return this;
        }

        public Builder filter(UrlFilter patterns) {
            filter = patterns;
            return this;
        }

        public Builder sitemapUrls(List<URI> urls) {
            sitemapUrls = urls;
            return this;
        }

        public CrawlSettings build() {
            return new CrawlSettings(seeds, maxPages, maxDepth, concurrency, sitemaps, flushEvery, politeness, fetch,
                    revisit, removeAfter, maxRemovals, traps, partition, filter, sitemapUrls);
        }
    }
}
