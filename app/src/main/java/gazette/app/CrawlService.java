package gazette.app;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import gazette.core.CrawlConflictException;
import gazette.core.CrawlControl;
import gazette.core.CrawlReport;
import gazette.core.CrawlRequest;
import gazette.core.CrawlState;
import gazette.core.UrlReport;
import gazette.crawler.frontier.ElasticsearchStatusStore;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs crawls for the admin API, each on its own virtual thread through a {@link CrawlJob} into the pages index,
 * the frontier kept in the shared crawl-status index. A watchdog logs a crawl that stalls, and when it moves again.
 */
final class CrawlService implements CrawlControl, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CrawlService.class);
    private static final int KEEP_ENDED = 100;
    /** How long closing waits for stopped crawls to flush; a bulk retry against an absent node can take longer. */
    static final Duration CLOSE_WAIT = Duration.ofSeconds(60);

    private final ElasticsearchClient client;
    private final CrawlServiceSettings settings;
    private final Clock clock;
    private final CrawlMetrics metrics;
    private final FetchMetrics fetches;
    private final BulkMetrics bulks;
    private final MultiGauge hostsWaiting;
    private final UrlLookup lookup;
    private final SitesFile sites;
    private final SiteStates states;
    private final Map<String, TrackedCrawl> crawls = Collections.synchronizedMap(new LinkedHashMap<>());
    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("crawl-watchdog").daemon().factory());

    /** A service that knows no sites: crawls from seeds, sections and URL lists only. */
    CrawlService(ElasticsearchClient client, CrawlServiceSettings settings, MeterRegistry meters, Clock clock) {
        this(client, settings, SitesFile.inMemory(List.of()), null, meters, clock);
    }

    /**
     * @param sites  the configured sites, for crawls that name one (or whose URLs are on one's hosts)
     * @param states where each site's last crawl is recorded, or null to record nothing
     */
    CrawlService(ElasticsearchClient client, CrawlServiceSettings settings, SitesFile sites, SiteStates states,
            MeterRegistry meters, Clock clock) {
        this.client = client;
        this.settings = settings;
        this.clock = clock;
        this.sites = sites;
        this.states = states;
        this.metrics = new CrawlMetrics(meters);
        this.fetches = new FetchMetrics(meters);
        this.bulks = new BulkMetrics(meters);
        this.lookup = new UrlLookup(client, settings.alias(), settings.statusIndex(), settings.historyIndex());
        Gauge.builder("gazette.crawls.running", () -> count(CrawlState.RUNNING)).register(meters);
        Gauge.builder("gazette.crawls.stalled", () -> count(CrawlState.STALLED)).register(meters);
        Gauge.builder("gazette.crawl.queued", this::queued).description("URLs queued in running crawls")
                .register(meters);
        this.hostsWaiting = MultiGauge.builder("gazette.crawl.host.waiting")
                .description("1 for each host of a running crawl, tagged with what it waits on now").register(meters);
        long every = Math.max(100, Math.min(settings.stallAfter().toMillis() / 4, 10_000));
        watchdog.scheduleWithFixedDelay(this::watch, every, every, TimeUnit.MILLISECONDS);
    }

    @Override
    public CrawlReport start(CrawlRequest request) {
        CrawlPlan plan = CrawlPlan.of(request, sites, settings.politeness());
        TrackedCrawl tracked = claim(plan);
        recordStart(tracked);
        Thread.ofVirtual().name("crawl-" + tracked.id()).start(() -> run(tracked, plan));
        LOG.info("crawl started id={} kind={} site={} hosts={} max_pages={}", tracked.id(), plan.kind(),
                plan.siteName(), tracked.hosts(), plan.settings().maxPages());
        return tracked.report(settings.stallAfter());
    }

    /** The running crawl of {@code site}, if there is one. */
    Optional<CrawlReport> active(String site) {
        return snapshot().stream().filter(c -> c.active() && site.equals(c.site())).findFirst()
                .map(c -> c.report(settings.stallAfter()));
    }

    @Override
    public List<CrawlReport> crawls() {
        List<TrackedCrawl> all = snapshot();
        Collections.reverse(all);
        return all.stream().map(c -> c.report(settings.stallAfter())).toList();
    }

    @Override
    public Optional<CrawlReport> crawl(String id) {
        return Optional.ofNullable(crawls.get(id)).map(c -> c.report(settings.stallAfter()));
    }

    @Override
    public Optional<CrawlReport> stop(String id) {
        TrackedCrawl tracked = crawls.get(id);
        if (tracked == null) {
            return Optional.empty();
        }
        tracked.stop();
        LOG.info("crawl stop requested id={}", id);
        return Optional.of(tracked.report(settings.stallAfter()));
    }

    @Override
    public Optional<UrlReport> url(String url) {
        return lookup.find(url);
    }

    /**
     * Stops every running crawl and the watchdog, then waits (at most {@link #CLOSE_WAIT}) until each crawl has
     * flushed its last pages: a daemon or server stopped by a signal must not exit with acknowledged fetches still in
     * the indexer's buffer (they would be refetched, but their frontier records would say otherwise meanwhile).
     */
    @Override
    public void close() {
        watchdog.shutdownNow();
        List<TrackedCrawl> running = snapshot().stream().filter(TrackedCrawl::active).toList();
        running.forEach(TrackedCrawl::stop);
        long deadline = System.nanoTime() + CLOSE_WAIT.toNanos();
        try {
            for (TrackedCrawl tracked : running) {
                if (!tracked.awaitEnd(deadline)) {
                    LOG.warn("crawl still stopping at close id={} waited_seconds={}", tracked.id(),
                            CLOSE_WAIT.toSeconds());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Registers the crawl unless a running one holds one of its hosts or its site; one lock, so two requests (or the
     * scheduler and a request) cannot race.
     */
    private TrackedCrawl claim(CrawlPlan plan) {
        Set<String> hosts = plan.hosts();
        synchronized (crawls) {
            for (TrackedCrawl other : crawls.values()) {
                boolean sameSite = plan.siteName() != null && plan.siteName().equals(other.site());
                if (other.active() && (sameSite || !Collections.disjoint(other.hosts(), hosts))) {
                    throw new CrawlConflictException(other.id(), hosts);
                }
            }
            forgetOldest();
            TrackedCrawl tracked = new TrackedCrawl(UUID.randomUUID().toString(), plan, clock);
            crawls.put(tracked.id(), tracked);
            return tracked;
        }
    }

    private void recordStart(TrackedCrawl tracked) {
        if (states == null || tracked.site() == null) {
            return;
        }
        try {
            states.started(tracked.site(), tracked.id(), tracked.report(settings.stallAfter()).started());
        } catch (RuntimeException e) {
            tracked.ended(CrawlState.FAILED, e.getMessage());
            throw e;
        }
    }

    /** Records the end in the sites-state index first, so whoever sees the crawl ended also sees it recorded. */
    private void end(TrackedCrawl tracked, CrawlState state, String why) {
        if (states != null && tracked.site() != null) {
            try {
                states.ended(tracked.site(), tracked.id(), state, clock.instant());
            } catch (RuntimeException e) {
                LOG.error("cannot record the end of crawl id={} site={}", tracked.id(), tracked.site(), e);
            }
        }
        tracked.ended(state, why);
    }

    private void run(TrackedCrawl tracked, CrawlPlan plan) {
        try {
            var status = new ScopedStatusStore(new ElasticsearchStatusStore(client, settings.statusIndex()).ensure(),
                    tracked.hosts(), plan.recrawl(), plan.narrowed());
            var job = new CrawlJob(client, settings.alias(), settings.statusIndex(), settings.historyIndex(),
                    log -> new ObservedFetchLog(fetches.counting(log), tracked::fetched), bulks);
            CrawlJob.Outcome outcome = job.run(
                    plan.settings(), status, tracked.listener(metrics), tracked::started);
            String rejected = outcome.rejected() == 0 ? null
                    : outcome.rejected() + " pages rejected by Elasticsearch";
            end(tracked, outcome.crawl().stopped() ? CrawlState.STOPPED : CrawlState.FINISHED, rejected);
            LOG.info("crawl ended id={} state={} indexed={} rejected={} requests={}", tracked.id(),
                    outcome.crawl().stopped() ? "stopped" : "finished", outcome.indexed(), outcome.rejected(),
                    outcome.crawl().requests());
        } catch (RuntimeException | Error e) {
            // An Error too: a crawl left "running" forever would hold its hosts until the server restarts.
            end(tracked, CrawlState.FAILED, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            LOG.error("crawl failed id={} hosts={}", tracked.id(), tracked.hosts(), e);
        }
    }

    /** Logs each crawl that has just stalled, and each that moves again; refreshes what each host waits on. */
    private void watch() {
        List<TrackedCrawl> all = snapshot();
        all.forEach(this::reportStallChange);
        hostsWaiting.register(all.stream().filter(TrackedCrawl::active)
                .flatMap(c -> c.report(settings.stallAfter()).hostProgress().stream())
                .filter(h -> h.state() != null)
                .<MultiGauge.Row<?>>map(h -> MultiGauge.Row.of(Tags.of("host", h.host(), "reason", h.state()), 1))
                .toList(), true);
    }

    private void reportStallChange(TrackedCrawl tracked) {
        CrawlState state = tracked.state(settings.stallAfter());
        boolean stalled = state == CrawlState.STALLED;
        if (!state.active() || !tracked.stallChanged(stalled)) {
            return;
        }
        CrawlReport r = tracked.report(settings.stallAfter());
        if (stalled) {
            LOG.warn("crawl stalled id={} hosts={} queued={} idle_seconds={} last_activity={} per_host={}",
                    r.id(), r.hosts(), r.queued(), tracked.idle().toSeconds(), r.lastActivity(), perHost(r));
        } else {
            LOG.info("crawl resumed id={} hosts={} queued={}", r.id(), r.hosts(), r.queued());
        }
    }

    /**
     * {@code host:state/next_allowed_at/in_flight/fetches/failures/last_status@last_fetch} per host, for the stall
     * log line: what each host waits on first, then how its fetches went.
     */
    private static String perHost(CrawlReport r) {
        return r.hostProgress().stream().map(h -> h.host() + ":" + h.state() + "/" + h.nextAllowedAt() + "/"
                + h.inFlight() + "/" + h.fetches() + "/" + h.failures() + "/" + h.lastStatus() + "@" + h.lastFetch())
                .toList().toString();
    }

    private int queued() {
        return snapshot().stream().filter(TrackedCrawl::active)
                .mapToInt(c -> c.report(settings.stallAfter()).queued()).sum();
    }

    private int count(CrawlState state) {
        return (int) snapshot().stream().filter(c -> c.state(settings.stallAfter()) == state).count();
    }

    private List<TrackedCrawl> snapshot() {
        synchronized (crawls) {
            return new ArrayList<>(crawls.values());
        }
    }

    /** Keeps the report of the last {@value #KEEP_ENDED} ended crawls; running ones are always kept. */
    private void forgetOldest() {
        List<String> ended = crawls.values().stream().filter(c -> !c.active()).map(TrackedCrawl::id).toList();
        for (int i = 0; i < ended.size() - KEEP_ENDED + 1; i++) {
            crawls.remove(ended.get(i));
        }
    }
}
