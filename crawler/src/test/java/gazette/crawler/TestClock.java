package gazette.crawler;

import gazette.crawler.politeness.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** A clock that moves only when its sleeper sleeps, so politeness is asserted exactly and instantly. */
public final class TestClock extends Clock {
    public static final Instant START = Instant.parse("2025-01-01T00:00:00Z");

    private final AtomicReference<Instant> now = new AtomicReference<>(START);

    /** Sleeping advances this clock by the duration instead of waiting. */
    public Sleeper sleeper() {
        return duration -> now.updateAndGet(t -> t.plus(duration));
    }

    /** Time since {@link #START}. */
    public Duration elapsed() {
        return Duration.between(START, now.get());
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("a test clock stays in UTC");
    }
}
