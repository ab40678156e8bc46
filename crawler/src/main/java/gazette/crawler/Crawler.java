package gazette.crawler;

import gazette.core.Extractor;
import gazette.core.PageSink;
import gazette.crawler.frontier.StatusStore;
import gazette.crawler.history.FetchLog;
import gazette.crawler.politeness.Sleeper;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Crawls the seeds' hosts breadth-first, politely (robots.txt, per-host delay and parallelism), hands every HTML
 * page to the extractor and the resulting {@link gazette.core.Page} to the sink, and records a {@link SkipReason}
 * for every other URL it meets. One crawl per instance; {@link #stop} may be called from any thread.
 */
public final class Crawler {
    private final CrawlSettings settings;
    private final Extractor extractor;
    private final PageSink sink;
    private final ProgressListener listener;
    private final Clock clock;
    private final Sleeper sleeper;
    private final StatusStore status;
    private final FetchLog history;
    private final AtomicBoolean started = new AtomicBoolean();
    private volatile CrawlRun run;
    private volatile boolean stopRequested;

    /**
     * @param status  where the frontier is kept between runs, so a crawl resumes where the last one ended and
     *                revisits with conditional requests; null keeps it in memory for this run only
     * @param history where one event per fetch attempt is appended ({@link FetchLog#NONE} keeps none)
     * @param clock   stamps pages and drives politeness; tests pass a fake one
     * @param sleeper waits out politeness delays; tests pass one that advances the fake clock
     */
    public Crawler(CrawlSettings settings, Extractor extractor, PageSink sink, ProgressListener listener,
            StatusStore status, FetchLog history, Clock clock, Sleeper sleeper) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.sink = Objects.requireNonNull(sink, "sink");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.history = Objects.requireNonNull(history, "history");
        this.status = status;
    }

    /** A crawler keeping no fetch history. */
    public Crawler(CrawlSettings settings, Extractor extractor, PageSink sink, ProgressListener listener,
            StatusStore status, Clock clock, Sleeper sleeper) {
        this(settings, extractor, sink, listener, status, FetchLog.NONE, clock, sleeper);
    }

    /** A crawler on the system clock whose frontier is kept in {@code status} and history in {@code history}. */
    public Crawler(CrawlSettings settings, Extractor extractor, PageSink sink, ProgressListener listener,
            StatusStore status, FetchLog history) {
        this(settings, extractor, sink, listener, status, history, Clock.systemUTC(), Sleeper.SYSTEM);
    }

    /** A crawler whose frontier lives in memory for this run only. */
    public Crawler(CrawlSettings settings, Extractor extractor, PageSink sink, ProgressListener listener,
            Clock clock, Sleeper sleeper) {
        this(settings, extractor, sink, listener, null, clock, sleeper);
    }

    /** A crawler on the system clock, really sleeping between requests. */
    public Crawler(CrawlSettings settings, Extractor extractor, PageSink sink, ProgressListener listener) {
        this(settings, extractor, sink, listener, Clock.systemUTC(), Sleeper.SYSTEM);
    }

    /** A crawler on the system clock whose frontier is kept in {@code status}. */
    public Crawler(CrawlSettings settings, Extractor extractor, PageSink sink, ProgressListener listener,
            StatusStore status) {
        this(settings, extractor, sink, listener, status, Clock.systemUTC(), Sleeper.SYSTEM);
    }

    /**
     * Runs the crawl to its end (nothing left in scope, the page limit, or {@link #stop}), flushes the sink, and
     * reports what happened to every URL. The sink is flushed but not closed: it belongs to the caller.
     *
     * @throws RuntimeException what the sink or the listener threw; the crawl stops at the first such failure
     */
    public CrawlResult crawl() {
        if (!started.compareAndSet(false, true)) {
            throw new IllegalStateException("a Crawler runs once; create another for the next crawl");
        }
        try (CrawlRun current = new CrawlRun(settings, extractor, sink, listener, status, history, clock,
                sleeper)) {
            run = current;
            if (stopRequested) {
                current.stop();
            }
            return current.execute();
        }
    }

    /**
     * Asks a running crawl to end: requests in flight finish, waits for a host (politeness, {@code Retry-After},
     * robots.txt backoff) are cut short, and the URLs waiting or queued are recorded as {@code STOPPED} (a durable
     * frontier keeps them queued for the next run).
     */
    public void stop() {
        stopRequested = true;
        CrawlRun current = run;
        if (current != null) {
            current.stop();
        }
    }
}
