package gazette.core.site;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.BitSet;
import java.util.Locale;

/**
 * A five-field cron expression ({@code minute hour day-of-month month day-of-week}) evaluated in UTC, with
 * {@code *}, lists, ranges and steps ({@code 0 *}{@code /6 * * 1-5}). As in cron, when both day fields are
 * restricted a day matching either one fires. Names ({@code MON}, {@code JAN}) and {@code @daily} are not read.
 */
public final class CronSchedule implements Schedule {
    /** Four years of minutes: any valid expression fires within that (29 February included). */
    private static final int MAX_STEPS = 4 * 366 * 24 * 60;
    private final String expression;
    private final BitSet minutes;
    private final BitSet hours;
    private final BitSet days;
    private final BitSet months;
    private final BitSet weekdays;
    private final boolean anyDay;
    private final boolean anyWeekday;

    private CronSchedule(String expression, BitSet[] fields, boolean anyDay, boolean anyWeekday) {
        this.expression = expression;
        this.minutes = fields[0];
        this.hours = fields[1];
        this.days = fields[2];
        this.months = fields[3];
        this.weekdays = fields[4];
        this.anyDay = anyDay;
        this.anyWeekday = anyWeekday;
    }

    /** @throws IllegalArgumentException naming the field that is wrong */
    public static CronSchedule parse(String expression) {
        String[] f = expression.strip().split("\\s+");
        if (f.length != 5) {
            throw new IllegalArgumentException("cron '" + expression + "' needs 5 fields (minute hour day month "
                    + "weekday), has " + f.length);
        }
        BitSet weekdays = field(f[4], 0, 7, "weekday");
        if (weekdays.get(7)) {
            weekdays.set(0); // 7 is Sunday too
        }
        BitSet[] fields = {field(f[0], 0, 59, "minute"), field(f[1], 0, 23, "hour"), field(f[2], 1, 31, "day of month"),
                field(f[3], 1, 12, "month"), weekdays};
        CronSchedule cron = new CronSchedule(expression.strip(), fields, f[2].equals("*"), f[4].equals("*"));
        cron.next(null, Instant.EPOCH); // refuses expressions that never fire (30 February)
        return cron;
    }

    @Override
    public Instant next(Instant lastRun, Instant since) {
        ZonedDateTime t = (lastRun == null ? since : lastRun).atZone(ZoneOffset.UTC)
                .truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
        for (int i = 0; i < MAX_STEPS; i++) {
            if (!months.get(t.getMonthValue())) {
                t = t.withDayOfMonth(1).truncatedTo(ChronoUnit.DAYS).plusMonths(1);
            } else if (!dayMatches(t)) {
                t = t.truncatedTo(ChronoUnit.DAYS).plusDays(1);
            } else if (!hours.get(t.getHour())) {
                t = t.truncatedTo(ChronoUnit.HOURS).plusHours(1);
            } else if (!minutes.get(t.getMinute())) {
                t = t.plusMinutes(1);
            } else {
                return t.toInstant();
            }
        }
        throw new IllegalArgumentException("cron '" + expression + "' never fires");
    }

    @Override
    public String text() {
        return expression;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CronSchedule c && c.expression.equals(expression);
    }

    @Override
    public int hashCode() {
        return expression.hashCode();
    }

    @Override
    public String toString() {
        return expression;
    }

    private boolean dayMatches(ZonedDateTime t) {
        boolean day = days.get(t.getDayOfMonth());
        boolean weekday = weekdays.get(t.getDayOfWeek().getValue() % 7);
        if (anyDay || anyWeekday) {
            return day && weekday;
        }
        return day || weekday;
    }

    private static BitSet field(String text, int min, int max, String name) {
        BitSet bits = new BitSet(max + 1);
        for (String part : text.split(",", -1)) {
            try {
                part(part.toLowerCase(Locale.ROOT), min, max, bits);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("cron " + name + " field '" + text + "' must hold numbers from "
                        + min + " to " + max + ", '*', ranges a-b and steps /n");
            }
        }
        return bits;
    }

    private static void part(String part, int min, int max, BitSet bits) {
        String[] stepped = part.split("/", -1);
        if (stepped.length > 2) {
            throw new IllegalArgumentException(part);
        }
        int step = stepped.length == 2 ? Integer.parseInt(stepped[1]) : 1;
        int from;
        int to;
        if (stepped[0].equals("*")) {
            from = min;
            to = max;
        } else {
            String[] range = stepped[0].split("-", -1);
            from = Integer.parseInt(range[0]);
            to = range.length == 2 ? Integer.parseInt(range[1]) : (stepped.length == 2 ? max : from);
            if (range.length > 2) {
                throw new IllegalArgumentException(part);
            }
        }
        if (step < 1 || from < min || to > max || from > to) {
            throw new IllegalArgumentException(part);
        }
        for (int v = from; v <= to; v += step) {
            bits.set(v);
        }
    }
}
