package gazette.crawler.frontier;

import gazette.crawler.SkipReason;
import gazette.crawler.scope.Urls;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A frontier for one run, in memory: a first-in-first-out queue per host (breadth-first within a host), at most
 * {@code maxPerHost} URLs of a host in flight, and the host whose politeness slot comes first served first.
 * URLs in flight hold a share of the page budget, so a limited crawl ends with exactly the limit.
 */
public final class MemoryFrontier implements Frontier {
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final Set<String> known = new HashSet<>();
    private final Map<String, Deque<CrawlUrl>> queues = new LinkedHashMap<>();
    private final Map<String, Integer> active = new HashMap<>();
    private final int maxPages;
    private final int maxPerHost;
    private final Function<String, Instant> readyAt;
    /** Changed under the lock; volatile so progress reports read it without waiting for the lock. */
    private volatile int queued;
    private int inFlight;
    private int pages;
    private boolean closed;

    /** {@code readyAt} tells when a host's next request may start (see {@code Politeness#readyAt}). */
    public MemoryFrontier(int maxPages, int maxPerHost, Function<String, Instant> readyAt) {
        this.maxPages = maxPages;
        this.maxPerHost = maxPerHost;
        this.readyAt = readyAt;
    }

    @Override
    public boolean offer(CrawlUrl url) {
        lock.lock();
        try {
            // Still queued when closed: drain() then reports such URLs instead of losing them.
            if (!known.add(url.url().toString())) {
                return false;
            }
            queues.computeIfAbsent(url.host(), h -> new ArrayDeque<>()).add(url);
            queued++;
            changed.signalAll();
            return true;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void retryLater(CrawlUrl url, SkipReason reason, String detail) {
        lock.lock();
        try {
            queues.computeIfAbsent(url.host(), h -> new ArrayDeque<>()).add(url);
            queued++;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Takes the queued entry of {@code url} out of the queue when {@code test} holds for it; it stays known. */
    public Optional<CrawlUrl> withdraw(String url, Predicate<CrawlUrl> test) {
        lock.lock();
        try {
            Deque<CrawlUrl> queue = queues.get(Urls.hostKey(URI.create(url)));
            for (Iterator<CrawlUrl> it = queue == null ? null : queue.iterator(); it != null && it.hasNext(); ) {
                CrawlUrl entry = it.next();
                if (entry.url().toString().equals(url) && test.test(entry)) {
                    it.remove();
                    queued--;
                    return Optional.of(entry);
                }
            }
            return Optional.empty();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public boolean claim(String url) {
        return locked(() -> known.add(url));
    }

    @Override
    public boolean known(String url) {
        return locked(() -> known.contains(url));
    }

    @Override
    public Optional<CrawlUrl> next() throws InterruptedException {
        lock.lock();
        try {
            while (!closed && pages < maxPages) {
                Optional<CrawlUrl> url = pick();
                if (url.isPresent() || inFlight == 0) {
                    return url; // nothing pickable and nothing running: nothing can be queued any more
                }
                changed.await();
            }
            return Optional.empty();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void done(CrawlUrl url, boolean page) {
        lock.lock();
        try {
            inFlight--;
            active.merge(url.host(), -1, Integer::sum);
            pages += page ? 1 : 0;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public List<CrawlUrl> drain() {
        lock.lock();
        try {
            List<CrawlUrl> rest = new ArrayList<>();
            queues.values().forEach(rest::addAll);
            queues.clear();
            queued = 0;
            return rest;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() {
        lock.lock();
        try {
            closed = true;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public int queued() {
        return queued;
    }

    private <T> T locked(Supplier<T> read) {
        lock.lock();
        try {
            return read.get();
        } finally {
            lock.unlock();
        }
    }

    /** Takes the head of the readiest host with a free slot, if the budget leaves room for one more page. */
    private Optional<CrawlUrl> pick() {
        if (pages + inFlight >= maxPages) {
            return Optional.empty();
        }
        String best = null;
        Instant bestReady = null;
        for (Map.Entry<String, Deque<CrawlUrl>> entry : queues.entrySet()) {
            String host = entry.getKey();
            if (!entry.getValue().isEmpty() && active.getOrDefault(host, 0) < maxPerHost) {
                Instant ready = readyAt.apply(host);
                if (best == null || ready.isBefore(bestReady)) {
                    best = host;
                    bestReady = ready;
                }
            }
        }
        return Optional.ofNullable(best).map(this::take);
    }

    private CrawlUrl take(String host) {
        queued--;
        inFlight++;
        active.merge(host, 1, Integer::sum);
        return queues.get(host).poll();
    }
}
