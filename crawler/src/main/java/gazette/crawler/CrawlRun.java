package gazette.crawler;

import gazette.core.Extractor;
import gazette.core.PageSink;
import gazette.crawler.fetch.Fetcher;
import gazette.crawler.frontier.CrawlUrl;
import gazette.crawler.frontier.DurableFrontier;
import gazette.crawler.frontier.Frontier;
import gazette.crawler.frontier.MemoryFrontier;
import gazette.crawler.frontier.PartitionedStatusStore;
import gazette.crawler.frontier.StatusStore;
import gazette.crawler.history.FetchLog;
import gazette.crawler.politeness.Politeness;
import gazette.crawler.politeness.Sleeper;
import gazette.crawler.robots.HostRobots;
import gazette.crawler.robots.RobotsCache;
import gazette.crawler.scope.Scope;
import gazette.crawler.scope.TrapGuard;
import gazette.crawler.scope.UrlNormalizer;
import gazette.crawler.scope.Urls;
import gazette.crawler.sitemap.SitemapReader;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

/** One crawl's wiring and its workers: {@code concurrency} virtual threads taking URLs from the frontier. */
final class CrawlRun implements AutoCloseable {
    private static final int MAX_SITEMAP_FILES = 50;
    private static final int STATUS_BATCH = 500;

    private final CrawlSettings settings;
    private final ProgressListener listener;
    private final Clock clock;
    private final Politeness politeness;
    private final Fetcher fetcher;
    private final Frontier frontier;
    private final Scope scope;
    private final Ledger ledger = new Ledger();
    private final Discovery discovery;
    private final SitemapHints hints = new SitemapHints();
    private final SitemapReader sitemaps;
    private final RobotsCache robots;
    private final PageWriter writer;
    private final FetchLog history;
    private final Visit visit;
    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
    private final StoppableSleeper sleeper;
    private volatile boolean stopped;

    /** {@code status} null: the frontier lives in memory for this run only. */
    CrawlRun(CrawlSettings settings, Extractor extractor, PageSink sink, ProgressListener listener, StatusStore status,
            FetchLog history, Clock clock, Sleeper sleeper) {
        this.settings = settings;
        this.listener = listener;
        this.clock = clock;
        this.history = history;
        this.sleeper = new StoppableSleeper(sleeper);
        this.politeness = new Politeness(settings.politeness(), clock, this.sleeper);
        this.fetcher = new Fetcher(settings.fetch(), politeness);
        this.frontier = frontier(settings, status, clock);
        this.scope = new Scope(settings.hosts(), settings.maxDepth(), new TrapGuard(settings.traps(), clock),
                settings.filter());
        UrlNormalizer normalizer = new UrlNormalizer();
        this.discovery = new Discovery(normalizer, scope, settings.partition(), frontier, ledger);
        int hops = settings.fetch().maxRedirects();
        this.robots = new RobotsCache(fetcher, settings.fetch().robotsName(), hops, this::robotsLoaded,
                clock, this.sleeper);
        this.sitemaps = new SitemapReader(fetcher, robots, MAX_SITEMAP_FILES, hops, this::sitemapSkipped);
        RedirectChain redirects = new RedirectChain(fetcher, normalizer, scope, robots, frontier, hops);
        this.writer = new PageWriter(sink, settings.flushEvery(), frontier, history);
        this.visit = new Visit(new Visit.Parts(robots, redirects, extractor, writer, discovery, ledger, frontier,
                new RateLimits(politeness, clock), history, clock, settings.removeAfter(), settings.maxRemovals(),
                seeds(normalizer), hints, new Canonicals(frontier, ledger)));
    }

    private Set<String> seeds(UrlNormalizer normalizer) {
        Set<String> seeds = new HashSet<>();
        settings.seeds().forEach(s -> normalizer.normalize(s.toString()).ifPresent(u -> seeds.add(u.toString())));
        return seeds;
    }

    CrawlResult execute() {
        Instant start = clock.instant();
        listener.watching(() -> politeness.hosts(robots.retrying()));
        settings.seeds().forEach(seed -> discovery.add(seed.toString(), 0));
        readSitemaps();
        runWorkers();
        SkipReason rest = stopped ? SkipReason.STOPPED : SkipReason.LIMIT_REACHED;
        String detail = stopped ? "crawl stopped" : "maxPages=" + settings.maxPages();
        frontier.drain().forEach(url -> ledger.skip(url.url().toString(), rest, detail));
        if (failure.get() != null) {
            checkpoint(failure.get());
            throw failure.get(); // a broken sink is not flushed again: its first error is the one to report
        }
        writer.flush();
        history.flush();
        listener.progress(progress());
        return ledger.result(fetcher.requests(), Duration.between(start, clock.instant()), stopped);
    }

    /**
     * Loads the seeds' robots.txt (and so their sitemaps) before the first worker starts: a run in which no page is
     * due yet still learns of new and changed pages from the sitemaps.
     */
    private void readSitemaps() {
        if (!settings.sitemaps()) {
            return;
        }
        try {
            for (URI seed : settings.seeds()) {
                if (settings.partition().owns(Urls.hostKey(seed))) {
                    robots.forUrl(seed);
                }
            }
            List<String> named = settings.sitemapUrls().stream()
                    .filter(s -> settings.partition().owns(Urls.hostKey(s))).map(URI::toString).toList();
            sitemaps.pages(named, scope::contains).forEach(entry -> discovery.sitemap(entry, hints));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop();
        }
    }

    /**
     * In-flight requests finish; URLs waiting for their host (politeness, {@code Retry-After}, robots.txt backoff)
     * and queued ones end as {@code STOPPED} and stay queued in a durable frontier for the next run.
     */
    void stop() {
        stopped = true;
        frontier.close();
        sleeper.stop();
    }

    @Override
    public void close() {
        fetcher.close();
    }

    private Frontier frontier(CrawlSettings settings, StatusStore status, Clock clock) {
        MemoryFrontier memory = new MemoryFrontier(settings.maxPages(), settings.politeness().maxParallelPerHost(),
                politeness::readyAt);
        if (status == null) {
            return memory;
        }
        StatusStore mine = settings.partition().count() == 1 ? status
                : new PartitionedStatusStore(status, settings.partition());
        return DurableFrontier.open(memory, mine, clock, settings.revisit(), STATUS_BATCH);
    }

    /** Stores what the frontier learnt except unacknowledged pages, which the next run fetches again. */
    private void checkpoint(RuntimeException failure) {
        try {
            frontier.checkpoint();
            history.flush();
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    private void runWorkers() {
        try (ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < settings.concurrency(); i++) {
                workers.submit(this::work);
            }
        }
    }

    private void work() {
        try {
            for (Optional<CrawlUrl> next = frontier.next(); next.isPresent(); next = frontier.next()) {
                settle(next.get());
                listener.progress(progress());
            }
        } catch (InterruptedException e) {
            stop();
        } catch (RuntimeException e) {
            // The sink or the listener failed: that ends the crawl, and crawl() rethrows it.
            failure.compareAndSet(null, e);
            stop();
        }
    }

    private void settle(CrawlUrl url) throws InterruptedException {
        boolean page = false;
        try {
            page = visit.visit(url);
        } catch (InterruptedException e) {
            ledger.skip(url.url().toString(), SkipReason.STOPPED, "interrupted");
            throw e;
        } finally {
            frontier.done(url, page);
        }
    }

    private void robotsLoaded(HostRobots robots) throws InterruptedException {
        robots.crawlDelay().ifPresent(delay -> politeness.crawlDelay(robots.host(), delay));
        if (settings.sitemaps()) {
            sitemaps.pages(robots.sitemaps(), scope::contains).forEach(entry -> discovery.sitemap(entry, hints));
        }
    }

    /** A sitemap is no page, so its refusal goes to the result and the history, not to the frontier. */
    private void sitemapSkipped(URI sitemap, SkipReason reason, String detail) {
        ledger.skip(sitemap.toString(), reason, detail);
        history.append(FetchEvents.skipped(CrawlUrl.of(sitemap, 0), clock.instant(), null, reason, detail));
    }

    private CrawlProgress progress() {
        return ledger.progress(frontier.queued(), fetcher.requests());
    }
}
