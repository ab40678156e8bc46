package gazette.crawler.politeness;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Spaces the starts of requests to each host by the host's delay: the minimum delay, or the robots.txt Crawl-delay
 * (capped) when that is longer. Every request to a host, robots.txt and sitemaps included, waits its turn here.
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

    /** Reserves the host's next slot and sleeps until it comes; concurrent callers get successive slots. */
    public void await(String host) throws InterruptedException {
        Instant now = clock.instant();
        Duration wait = schedule(host).reserve(now);
        if (!wait.isZero()) {
            sleeper.sleep(wait);
        }
    }

    /** When the host's next request may start; a never-seen host is ready at once. */
    public Instant readyAt(String host) {
        Schedule schedule = hosts.get(host);
        return schedule == null ? Instant.MIN : schedule.next();
    }

    /** Applies a robots.txt Crawl-delay, capped by {@link PolitenessSettings#maxCrawlDelay()}. */
    public void crawlDelay(String host, Duration requested) {
        Duration capped = requested.compareTo(settings.maxCrawlDelay()) > 0 ? settings.maxCrawlDelay() : requested;
        schedule(host).delay(capped.compareTo(settings.minDelay()) > 0 ? capped : settings.minDelay());
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
        return hosts.computeIfAbsent(host, h -> new Schedule(settings.minDelay()));
    }

    /**
     * One host's last reserved start; the next is that plus the delay, so a longer Crawl-delay learnt from robots.txt
     * also spaces the request right after it. Synchronized because a host may have several requests in flight.
     */
    private static final class Schedule {
        private Instant last;
        private Instant notBefore = Instant.MIN;
        private Duration delay;

        Schedule(Duration delay) {
            this.delay = delay;
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

        synchronized void delay(Duration value) {
            delay = value;
        }
    }
}
