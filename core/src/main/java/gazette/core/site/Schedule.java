package gazette.core.site;

import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * When a site is crawled by itself: {@code manual} (only on demand), an interval ({@code 6h}: that long after the
 * last crawl started, at once if it never ran), or a five-field UTC cron expression ({@code 0 3 * * *}).
 */
public sealed interface Schedule permits Schedule.Manual, Schedule.Every, CronSchedule {
    /** Only on demand. */
    Schedule MANUAL = new Manual();

    /**
     * When the next crawl is due, or null for never.
     *
     * @param lastRun when the last crawl started, or null if it never ran
     * @param since   when the scheduler first saw the site (a cron schedule fires after it when nothing ran yet)
     */
    Instant next(Instant lastRun, Instant since);

    /** The text it was read from, in a form {@link #parse} reads back. */
    @JsonValue
    String text();

    /** @throws IllegalArgumentException saying which forms are accepted */
    static Schedule parse(String text) {
        String value = text == null ? "manual" : text.strip().toLowerCase(Locale.ROOT);
        if (value.isEmpty() || value.equals("manual")) {
            return MANUAL;
        }
        if (value.contains(" ")) {
            return CronSchedule.parse(value);
        }
        Duration interval;
        try {
            interval = DurationText.parse(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + text + "' is not a schedule: write manual, an interval (30m, "
                    + "6h, 1d) or a cron expression (0 3 * * *)");
        }
        return new Every(interval);
    }

    /** Only on demand. */
    record Manual() implements Schedule {
        @Override
        public Instant next(Instant lastRun, Instant since) {
            return null;
        }

        @Override
        public String text() {
            return "manual";
        }
    }

    /** A fixed interval between the starts of two crawls; at least a minute. */
    record Every(Duration interval) implements Schedule {
        public Every {
            if (interval.compareTo(Duration.ofMinutes(1)) < 0) {
                throw new IllegalArgumentException("an interval schedule must be at least 1m, was " + interval);
            }
        }

        @Override
        public Instant next(Instant lastRun, Instant since) {
            return lastRun == null ? since : lastRun.plus(interval);
        }

        @Override
        public String text() {
            return interval.toString();
        }
    }
}
