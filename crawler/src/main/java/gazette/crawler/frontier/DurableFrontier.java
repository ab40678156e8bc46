package gazette.crawler.frontier;

import gazette.crawler.SkipReason;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link MemoryFrontier} made durable: it starts from the records a {@link StatusStore} kept (queued and
 * interrupted URLs continue, done and removed ones wait until due, refused ones stay refused) and writes every state
 * change back in bulk. A page becomes done (or removed) only after the sink acknowledged it, so a crash loses no
 * page; it may fetch again the pages written since the last acknowledgement, never more. When a URL is due again
 * follows the {@link RevisitSchedule}; a sitemap {@code lastmod} may take a queued URL out of the run or bring a
 * resting one forward ({@link #unchangedSince}).
 */
public final class DurableFrontier implements Frontier {
    private static final Logger LOG = LoggerFactory.getLogger(DurableFrontier.class);
    private static final Duration RETRY_AFTER = Duration.ofMinutes(10);
    private static final Duration MAX_RETRY_AFTER = Duration.ofDays(1);

    private final MemoryFrontier memory;
    private final StatusStore store;
    private final Clock clock;
    private final RevisitSchedule schedule;
    private final int batch;
    private final ReentrantLock lock = new ReentrantLock();
    private final Map<String, UrlStatus> changes = new LinkedHashMap<>();
    private final List<UrlStatus> unacknowledged = new ArrayList<>();
    private final List<UrlStatus> handedOver = new ArrayList<>();
    /** Fetched URLs loaded but not yet due: a sitemap lastmod newer than their last fetch queues them early. */
    private final Map<String, CrawlUrl> resting = new ConcurrentHashMap<>();

    private DurableFrontier(MemoryFrontier memory, StatusStore store, Clock clock, RevisitSchedule schedule,
            int batch) {
        this.memory = memory;
        this.store = store;
        this.clock = clock;
        this.schedule = schedule;
        this.batch = batch;
    }

    /**
     * Loads the store's records into {@code memory}.
     *
     * @param schedule when a fetched URL is due again
     * @param batch    state changes held before a bulk write
     */
    public static DurableFrontier open(MemoryFrontier memory, StatusStore store, Clock clock,
            RevisitSchedule schedule, int batch) {
        DurableFrontier frontier = new DurableFrontier(memory, store, clock, schedule, batch);
        frontier.load();
        return frontier;
    }

    /** As above, with the default schedule starting at {@code revisitAfter}. */
    public static DurableFrontier open(MemoryFrontier memory, StatusStore store, Clock clock, Duration revisitAfter,
            int batch) {
        return open(memory, store, clock, RevisitSchedule.defaults().startingAt(revisitAfter), batch);
    }

    @Override
    public boolean offer(CrawlUrl url) {
        if (!memory.offer(url)) {
            return false;
        }
        record(UrlStatus.queued(url, clock.instant()));
        return true;
    }

    @Override
    public boolean claim(String url) {
        return memory.claim(url);
    }

    @Override
    public boolean known(String url) {
        return memory.known(url);
    }

    /**
     * The next URL; its record stays queued until the fetch settles it. A record saying it is being fetched would
     * change nothing on resume (queued and in-flight URLs are both taken up again) and was a third of the writes.
     */
    @Override
    public Optional<CrawlUrl> next() throws InterruptedException {
        return memory.next();
    }

    @Override
    public void done(CrawlUrl url, boolean page) {
        memory.done(url, page);
    }

    @Override
    public List<CrawlUrl> drain() {
        return memory.drain(); // their records stay queued: the next run takes them up
    }

    @Override
    public void close() {
        memory.close();
    }

    @Override
    public int queued() {
        return memory.queued();
    }

    @Override
    public void retryLater(CrawlUrl url, SkipReason reason, String detail) {
        record(UrlStatus.retrying(url, reason, detail, clock.instant(), null));
        memory.retryLater(url, reason, detail);
    }

    @Override
    public void written(CrawlUrl url, FetchOutcome fetch) {
        Previous previous = url.previous();
        boolean changed = previous.contentHash() == null || !previous.contentHash().equals(fetch.contentHash());
        Duration revisit = schedule.next(previous.revisitEvery(), changed, fetch.listing());
        UrlStatus done = UrlStatus.done(url, fetch, null, revisit);
        locked(() -> unacknowledged.add(done));
    }

    @Override
    public void gone(CrawlUrl url, FetchOutcome fetch, String detail) {
        record(UrlStatus.gone(url, fetch, detail, fetch.at().plus(retryAfter(url.previous().failures() + 1))));
    }

    @Override
    public void removed(CrawlUrl url, FetchOutcome fetch, String detail) {
        Instant since = url.previous().removedAt() != null ? url.previous().removedAt() : fetch.at();
        UrlStatus removed = UrlStatus.removed(url, fetch, detail, since, fetch.at().plus(schedule.initial()));
        locked(() -> unacknowledged.add(removed));
    }

    @Override
    public void acknowledged() {
        locked(() -> {
            store(); // first the links those pages led to, then the pages: a crash in between loses no link
            List<UrlStatus> done = List.copyOf(unacknowledged);
            unacknowledged.clear();
            write(done);
        });
    }

    @Override
    public void notModified(CrawlUrl url, FetchOutcome fetch) {
        Duration revisit = schedule.next(url.previous().revisitEvery(), false, fetch.listing());
        record(UrlStatus.done(url, fetch, SkipReason.NOT_MODIFIED.name(), revisit));
    }

    @Override
    public void skipped(CrawlUrl url, SkipReason reason, String detail) {
        Instant now = clock.instant();
        Instant due = reason.failure() ? now.plus(retryAfter(url.previous().failures() + 1)) : null;
        record(UrlStatus.settled(url, reason, detail, now, due));
    }

    @Override
    public boolean unchangedSince(String url, Instant lastmod) {
        CrawlUrl rest = resting.get(url);
        if (rest != null) {
            Instant fetched = rest.previous().lastFetch();
            if ((fetched == null || lastmod.isAfter(fetched)) && resting.remove(url, rest)) {
                record(UrlStatus.queued(rest, clock.instant()));
                memory.retryLater(rest, null, "sitemap lastmod=" + lastmod);
            }
            return false;
        }
        Optional<CrawlUrl> unchanged = memory.withdraw(url, u -> u.previous().lastFetch() != null
                && !lastmod.isAfter(u.previous().lastFetch()));
        unchanged.ifPresent(u -> {
            Instant now = clock.instant();
            Duration revisit = schedule.next(u.previous().revisitEvery(), false, false);
            record(UrlStatus.unchanged(u, SkipReason.SITEMAP_UNCHANGED.name(), "lastmod=" + lastmod
                    + " lastFetch=" + u.previous().lastFetch(), now, now.plus(revisit)));
        });
        return unchanged.isPresent();
    }

    @Override
    public void handOver(CrawlUrl url) {
        locked(() -> {
            handedOver.add(UrlStatus.queued(url, clock.instant()));
            if (handedOver.size() >= batch) {
                store();
            }
        });
    }

    @Override
    public void checkpoint() {
        locked(this::store);
    }

    /** Backoff for the {@code failures}-th consecutive failure: 10 min, doubling, at most a day. */
    static Duration retryAfter(int failures) {
        Duration wait = RETRY_AFTER.multipliedBy(1L << Math.min(failures - 1, 20));
        return wait.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : wait;
    }

    private void load() {
        Instant now = clock.instant();
        int[] counts = new int[2];
        store.load(status -> {
            boolean due = switch (status.state()) {
                case QUEUED, FETCHING -> true;
                case DONE, FAILED, REMOVED -> status.nextDue() != null && !status.nextDue().isAfter(now);
                case SKIPPED -> false;
            };
            if (due) {
                memory.offer(status.crawlUrl());
            } else {
                memory.claim(status.url());
                if (status.state() == UrlState.DONE) {
                    resting.put(status.url(), status.crawlUrl());
                }
            }
            counts[due ? 0 : 1]++;
        });
        LOG.info("frontier loaded due={} settled={}", counts[0], counts[1]);
    }

    private void record(UrlStatus status) {
        locked(() -> {
            changes.put(status.url(), status);
            if (changes.size() >= batch) {
                store();
            }
        });
    }

    private void store() {
        if (!handedOver.isEmpty()) {
            store.writeMissing(List.copyOf(handedOver));
            handedOver.clear();
        }
        if (!changes.isEmpty()) {
            List<UrlStatus> batch = List.copyOf(changes.values());
            changes.clear();
            write(batch);
        }
    }

    private void write(List<UrlStatus> records) {
        if (!records.isEmpty()) {
            store.write(records);
            LOG.debug("frontier stored records={}", records.size());
        }
    }

    /** One lock for buffering and writing, so a URL's records reach the store in the order they happened. */
    private void locked(Runnable action) {
        lock.lock();
        try {
            action.run();
        } finally {
            lock.unlock();
        }
    }
}
