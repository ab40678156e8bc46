package gazette.crawler.politeness;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Spaces the starts of requests to each host by the host's delay: the minimum delay, or the robots.txt Crawl-delay
 * (capped) when that is longer. The delay counts from when a request really started (a loaded machine may wake a
 * sleeper late) and, where a host gets one request at a time, from when the previous one ended, so the gaps the site
 * sees are never shorter than the delay, whatever the load here. Every request to a host, robots.txt and sitemaps included, waits its turn here,
 * and so this is also where a host's state is known: what it waits on, what is in flight, how many failed in a row.
 */
public final class Politeness {
    private final PolitenessSettings settings;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Map<String, Schedule> hosts = new ConcurrentHashMap<>();

    public Politeness(PolitenessSettings settings, Clock clock, Sleeper sleeper) {
        this.settings = settings;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /**
     * Reserves the host's next slot and sleeps until it comes; concurrent callers get successive slots. On return
     * the request counts as in flight until {@link #finished}.
     */
    public void await(String host) throws InterruptedException {
        Instant now = clock.instant();
        Schedule schedule = schedule(host);
        Duration wait = schedule.reserve(now);
        schedule.waiting(1);
        try {
            if (!wait.isZero()) {
                sleeper.sleep(wait);
            }
        } finally {
            schedule.waiting(-1);
        }
        schedule.started(clock.instant());
    }

    /** A request started by {@link #await} ended; {@code failed} when no answer came or the server failed (5xx). */
    public void finished(String host, boolean failed) {
        schedule(host).finished(failed, clock.instant());
    }

    /**
     * What each host seen so far waits on now; {@code robotsRetry} names the hosts whose robots.txt is being retried
     * after a failure, with when the next try is due.
     */
    public List<HostState> hosts(Map<String, Instant> robotsRetry) {
        Instant now = clock.instant();
        Set<String> seen = new TreeSet<>(hosts.keySet());
        seen.addAll(robotsRetry.keySet());
        return seen.stream().map(h -> schedule(h).state(h, now, robotsRetry.get(h))).toList();
    }

    /** When the host's next request may start; a never-seen host is ready at once. */
    public Instant readyAt(String host) {
        Schedule schedule = hosts.get(host);
        return schedule == null ? Instant.MIN : schedule.next();
    }

    /** Applies a robots.txt Crawl-delay, capped by {@link PolitenessSettings#maxCrawlDelay()}. */
    public void crawlDelay(String host, Duration requested) {
        Duration capped = requested.compareTo(settings.maxCrawlDelay()) > 0 ? settings.maxCrawlDelay() : requested;
        boolean longer = capped.compareTo(settings.minDelay()) > 0;
        schedule(host).delay(longer ? capped : settings.minDelay(), longer);
    }

    /**
     * Holds back every request to the host until {@code wait} from now, capped by
     * {@link PolitenessSettings#maxRetryAfter()}: the server asked for it (429 or 503 with {@code Retry-After}).
     *
     * @return the wait applied, after the cap
     */
    public Duration pause(String host, Duration wait) {
        Duration capped = wait.compareTo(settings.maxRetryAfter()) > 0 ? settings.maxRetryAfter() : wait;
        schedule(host).notBefore(clock.instant().plus(capped));
        return capped;
    }

    /** The delay currently applied to the host. */
    public Duration delay(String host) {
        return schedule(host).delay();
    }

    private Schedule schedule(String host) {
        return hosts.computeIfAbsent(host, h -> new Schedule(settings.minDelay(), settings.maxParallelPerHost() == 1));
    }

    /**
     * One host's last start, reserved or real, or (one request at a time) its last end; the next is that plus the
     * delay, so a longer Crawl-delay learnt from robots.txt also spaces the request right after it. Synchronized
     * because a host may have several requests in flight.
     */
    private static final class Schedule {
        private Instant last;
        private Instant notBefore = Instant.MIN;
        private Duration delay;
        private boolean crawlDelay;
        private int inFlight;
        private int waiting;
        private int failures;
        /** One request at a time: the next is spaced from the previous one's end, not only its start. */
        private final boolean serial;

        Schedule(Duration delay, boolean serial) {
            this.delay = delay;
            this.serial = serial;
        }

        synchronized Duration reserve(Instant now) {
            Instant next = next();
            Instant start = next.isAfter(now) ? next : now;
            last = start;
            return Duration.between(now, start);
        }

        synchronized Instant next() {
            Instant spaced = last == null ? Instant.MIN : last.plus(delay);
            return spaced.isAfter(notBefore) ? spaced : notBefore;
        }

        synchronized void notBefore(Instant at) {
            if (at.isAfter(notBefore)) {
                notBefore = at;
            }
        }

        synchronized Duration delay() {
            return delay;
        }

        synchronized void delay(Duration value, boolean fromRobots) {
            delay = value;
            crawlDelay = fromRobots;
        }

        synchronized void waiting(int change) {
            waiting += change;
        }

        synchronized void started(Instant now) {
            inFlight++;
            later(now);
        }

        synchronized void finished(boolean failed, Instant now) {
            inFlight = Math.max(0, inFlight - 1);
            failures = failed ? failures + 1 : 0;
            if (serial) {
                later(now);
            }
        }

        /** Moves the reference the next slot is spaced from to {@code at}, never back. */
        private void later(Instant at) {
            if (last == null || at.isAfter(last)) {
                last = at;
            }
        }

        /** The first reason in {@link HostWait}'s order that holds at {@code now}. */
        synchronized HostState state(String host, Instant now, Instant robotsRetry) {
            // A request sleeping for its slot goes at that slot, before the one after it.
            Instant next = waiting > 0 && last.isAfter(now) ? last : next();
            HostWait wait;
            if (robotsRetry != null && robotsRetry.isAfter(now)) {
                wait = HostWait.ROBOTS_UNAVAILABLE;
                next = robotsRetry.isAfter(next) ? robotsRetry : next;
            } else if (notBefore.isAfter(now)) {
                wait = HostWait.RETRY_AFTER;
            } else if (next.isAfter(now)) {
                wait = crawlDelay ? HostWait.ROBOTS_DELAY : HostWait.POLITENESS;
            } else {
                wait = inFlight > 0 ? HostWait.FETCHING : failures > 0 ? HostWait.FAILURES : HostWait.NONE;
            }
            return new HostState(host, wait, next.isAfter(now) ? next : null, inFlight, waiting, failures);
        }
    }
}
