package gazette.crawler.frontier;

import java.time.Duration;
import java.util.Objects;

/**
 * When a fetched page is due again: {@code initial} after its first fetch, then the last interval times
 * {@code grow} when the text did not change (a 304 or the same hash), divided by {@code shrink} when it did, kept
 * between {@code min} and {@code max}; listing pages (seeds, pages of many links) never wait longer than
 * {@code listingMax}, so new announcements are found quickly.
 */
public record RevisitSchedule(Duration initial, Duration min, Duration max, double grow, double shrink,
        Duration listingMax) {

    public RevisitSchedule {
        Objects.requireNonNull(initial, "initial");
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
        Objects.requireNonNull(listingMax, "listingMax");
        if (min.isNegative() || min.compareTo(initial) > 0 || initial.compareTo(max) > 0) {
            throw new IllegalArgumentException("revisit intervals must satisfy 0 <= min <= initial <= max, were "
                    + min + ", " + initial + ", " + max);
        }
        if (grow < 1 || shrink < 1) {
            throw new IllegalArgumentException("grow and shrink must be at least 1, were " + grow + ", " + shrink);
        }
        if (listingMax.isNegative()) {
            throw new IllegalArgumentException("listingMax must not be negative, was " + listingMax);
        }
    }

    /** A day at first, between an hour and 30 days, ×1.5 when unchanged, ÷2 when changed; listings within 6 hours. */
    public static RevisitSchedule defaults() {
        return new RevisitSchedule(Duration.ofDays(1), Duration.ofHours(1), Duration.ofDays(30), 1.5, 2,
                Duration.ofHours(6));
    }

    /** The same schedule starting at {@code first}, its bounds widened to include it. */
    public RevisitSchedule startingAt(Duration first) {
        Duration low = first.compareTo(min) < 0 ? first : min;
        Duration high = first.compareTo(max) > 0 ? first : max;
        return new RevisitSchedule(first, low, high, grow, shrink, listingMax);
    }

    /** The interval after a fetch; {@code last} is the previous interval, null after a first fetch. */
    public Duration next(Duration last, boolean changed, boolean listing) {
        Duration interval = last == null ? initial : scale(last, changed ? 1 / shrink : grow);
        interval = clamp(interval, min, max);
        return listing && interval.compareTo(listingMax) > 0 ? listingMax : interval;
    }

    private static Duration scale(Duration d, double factor) {
        return Duration.ofMillis(Math.round(d.toMillis() * factor));
    }

    private static Duration clamp(Duration d, Duration low, Duration high) {
        return d.compareTo(low) < 0 ? low : d.compareTo(high) > 0 ? high : d;
    }
}
