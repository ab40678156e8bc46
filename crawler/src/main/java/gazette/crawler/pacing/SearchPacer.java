package gazette.crawler.pacing;

import gazette.crawler.politeness.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * One gate shared by a crawl's workers: admits pages no faster than the {@link SearchAwareRate} allows, spacing
 * them evenly, and counts them so the next halving starts from what the crawl really reached.
 */
public final class SearchPacer {
    private final SearchAwareRate rate;
    private final Clock clock;
    private final Sleeper sleeper;
    private Instant windowStart;
    private Instant nextSlot;
    private long admitted;
    private double previousWindowRate;

    public SearchPacer(PacingSettings settings, Clock clock, Sleeper sleeper) {
        this.rate = new SearchAwareRate(settings);
        this.clock = clock;
        this.sleeper = sleeper;
        this.windowStart = clock.instant();
        this.nextSlot = windowStart;
    }

    /** Waits for this page's turn; returns at once while the crawl runs free. */
    public void admit() throws InterruptedException {
        Duration wait = reserve();
        if (!wait.isZero()) {
            sleeper.sleep(wait);
        }
    }

    /**
     * Ends a window in which Elasticsearch served {@code searches}.
     *
     * @return the rate for the next window in pages per second, {@link Double#POSITIVE_INFINITY} for no limit
     */
    public synchronized double windowEnded(SearchTotals searches) {
        Instant now = clock.instant();
        double seconds = Math.max(1e-3, Duration.between(windowStart, now).toNanos() / 1e9);
        double windowRate = admitted / seconds;
        // A window spent waiting on one bulk request admits nothing; the one before says what the crawl can do.
        double reached = Math.max(windowRate, previousWindowRate);
        previousWindowRate = windowRate;
        admitted = 0;
        windowStart = now;
        return rate.update(searches, reached);
    }

    /** Pages per second now allowed, {@link Double#POSITIVE_INFINITY} for no limit. */
    public synchronized double rate() {
        return rate.rate();
    }

    private synchronized Duration reserve() {
        admitted++;
        Instant now = clock.instant();
        if (rate.rate() == SearchAwareRate.FREE) {
            nextSlot = now;
            return Duration.ZERO;
        }
        Instant slot = nextSlot.isAfter(now) ? nextSlot : now;
        nextSlot = slot.plusNanos((long) (1e9 / rate.rate()));
        return Duration.between(now, slot);
    }
}
