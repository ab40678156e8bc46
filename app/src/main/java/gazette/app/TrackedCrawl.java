package gazette.app;

import gazette.core.CrawlReport;
import gazette.core.CrawlState;
import gazette.core.FetchEvent;
import gazette.core.HostProgress;
import gazette.crawler.CrawlProgress;
import gazette.crawler.Crawler;
import gazette.crawler.ProgressListener;
import gazette.crawler.politeness.HostState;
import gazette.crawler.politeness.HostWait;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * One crawl started through the admin API, as it runs: its latest progress, when it last settled a URL, how it
 * ended. Written by the crawl's threads, read by requests; every field is guarded by this object.
 */
final class TrackedCrawl {
    private final String id;
    private final Set<String> hosts;
    private final String site;
    private final String kind;
    private final Clock clock;
    private final Instant started;
    private final List<String> seeds;
    private final int maxPages;
    private CrawlProgress progress = new CrawlProgress(0, 0, 0, 0, 0);
    private Instant lastActivity;
    private Instant finished;
    private CrawlState ended;
    private String error;
    private Crawler crawler;
    private boolean stopRequested;
    private boolean stallReported;
    private final Map<String, HostProgress> perHost = new TreeMap<>();
    private Supplier<List<HostState>> hostStates = List::of;

    TrackedCrawl(String id, CrawlPlan plan, Clock clock) {
        this.id = id;
        this.hosts = Set.copyOf(plan.hosts());
        this.site = plan.siteName();
        this.kind = plan.kind();
        this.seeds = plan.settings().seeds().stream().map(URI::toString).toList();
        this.maxPages = plan.settings().maxPages();
        this.clock = clock;
        this.started = clock.instant();
        this.lastActivity = started;
    }

    String id() {
        return id;
    }

    Set<String> hosts() {
        return hosts;
    }

    /** The configured site it crawls, or null. */
    String site() {
        return site;
    }

    /**
     * Records progress, which may arrive out of order from several crawler threads: the counts only grow. Anything
     * settled or requested since the last report counts as activity; {@code metrics} gets the difference.
     */
    synchronized void progress(CrawlProgress next, CrawlMetrics metrics) {
        CrawlProgress previous = progress;
        progress = new CrawlProgress(Math.max(previous.fetched(), next.fetched()), next.queued(),
                Math.max(previous.failed(), next.failed()), Math.max(previous.skipped(), next.skipped()),
                Math.max(previous.requests(), next.requests()));
        if (settled(progress) + progress.requests() != settled(previous) + previous.requests()) {
            lastActivity = clock.instant();
        }
        metrics.moved(previous, progress);
    }

    /** The listener a crawl reports to: progress into this record and {@code metrics}, and its hosts' live view. */
    ProgressListener listener(CrawlMetrics metrics) {
        return new ProgressListener() {
            @Override
            public void progress(CrawlProgress next) {
                TrackedCrawl.this.progress(next, metrics);
            }

            @Override
            public void watching(Supplier<List<HostState>> hosts) {
                TrackedCrawl.this.watching(hosts);
            }
        };
    }

    synchronized void watching(Supplier<List<HostState>> hosts) {
        hostStates = hosts;
    }

    /** Records one fetch attempt against its host. */
    synchronized void fetched(FetchEvent event) {
        String host = FetchMetrics.host(event.url());
        perHost.put(host, perHost.getOrDefault(host, new HostProgress(host, 0, 0, null, null, null)).after(event));
    }

    synchronized void started(Crawler running) {
        crawler = running;
        if (stopRequested) {
            running.stop();
        }
    }

    synchronized void stop() {
        stopRequested = true;
        if (crawler != null) {
            crawler.stop();
        }
    }

    synchronized void ended(CrawlState state, String why) {
        ended = state;
        error = why;
        finished = clock.instant();
        notifyAll();
    }

    /**
     * Waits until the crawl has ended (its last pages flushed and acknowledged), at most until {@code deadlineNanos}
     * on the {@link System#nanoTime} clock.
     */
    synchronized boolean awaitEnd(long deadlineNanos) throws InterruptedException {
        while (ended == null) {
            long left = deadlineNanos - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return true;
    }

    synchronized boolean active() {
        return ended == null;
    }

    /**
     * The status now: stalled when running with work pending and nothing settled for {@code stallAfter}. Work is
     * pending while URLs are queued, and also while a request sleeps for its host's slot or its robots.txt backoff,
     * which is how a crawl held on its first page looks. A request on the wire alone is not: it is progressing.
     */
    synchronized CrawlState state(Duration stallAfter) {
        if (ended != null) {
            return ended;
        }
        boolean idle = lastActivity.plus(stallAfter).isBefore(clock.instant());
        return idle && (progress.queued() > 0 || heldByHosts()) ? CrawlState.STALLED : CrawlState.RUNNING;
    }

    private boolean heldByHosts() {
        return hostStates.get().stream().anyMatch(h -> h.waiting() > 0 || h.reason() == HostWait.ROBOTS_UNAVAILABLE);
    }

    /** True once per stall: the first time it is seen stalled after it was last seen moving. */
    synchronized boolean stallChanged(boolean stalled) {
        boolean changed = stalled != stallReported;
        stallReported = stalled;
        return changed;
    }

    synchronized Duration idle() {
        return Duration.between(lastActivity, clock.instant());
    }

    synchronized CrawlReport report(Duration stallAfter) {
        Instant end = finished == null ? clock.instant() : finished;
        double seconds = Math.max(0.001, Duration.between(started, end).toMillis() / 1000.0);
        double rate = Math.round(progress.fetched() / seconds * 100) / 100.0;
        return new CrawlReport(id, state(stallAfter), seeds, List.copyOf(hosts), maxPages,
                progress.fetched(), progress.queued(), progress.failed(), progress.skipped(), progress.requests(), rate,
                started, lastActivity, finished, stopRequested, error, site, kind, hostProgress());
    }

    /** Each host's fetches joined with what it waits on now; a host not fetched yet shows by its state alone. */
    private List<HostProgress> hostProgress() {
        Map<String, HostProgress> joined = new TreeMap<>(perHost);
        for (HostState s : ended == null ? hostStates.get() : List.<HostState>of()) {
            HostProgress host = joined.getOrDefault(s.host(), new HostProgress(s.host(), 0, 0, null, null, null));
            joined.put(s.host(), host.waiting(s.reason().label(), s.nextAllowedAt(), s.inFlight()));
        }
        return List.copyOf(joined.values());
    }

    private static int settled(CrawlProgress p) {
        return p.fetched() + p.failed() + p.skipped();
    }
}
