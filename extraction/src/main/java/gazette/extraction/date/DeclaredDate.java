package gazette.extraction.date;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A machine-readable date from metadata ({@code 2024-09-12T10:30:00+08:00}, {@code 2024-09-12},
 * {@code Wed, 04 May 2022 00:25:56 GMT}, …).
 *
 * @param wallClock the date and time as written, on the clock of the offset given (midnight when no time)
 * @param offset    the offset from UTC as written, or null when none is
 * @param hasTime   whether a time of day was given
 */
public record DeclaredDate(LocalDateTime wallClock, ZoneOffset offset, boolean hasTime) {
    /** Java's {@code Date.toString()}, which some sites print into JSON-LD: {@code Tue Jan 28 15:28:56 CET 2020}. */
    private static final Pattern JAVA_DATE = Pattern.compile(
            "(?i)[a-z]{3} ([a-z]{3}) (\\d{1,2}) (\\d{2}):(\\d{2}):(\\d{2}) [a-z]{1,5} (\\d{4})");

    /**
     * The instant of the page's own wall clock read as UTC, like dates in text (see {@link FoundDate#instant()}):
     * {@code 2019-01-01T00:30+01:00} stays on 1 January, the day the page states and users filter by.
     */
    public static Optional<Instant> parse(String value) {
        return read(value).map(DeclaredDate::instant);
    }

    public Instant instant() {
        return wallClock.toInstant(ZoneOffset.UTC);
    }

    static Optional<DeclaredDate> read(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String iso = value.strip().replace(' ', 'T').replaceAll("([+-]\\d{2})(\\d{2})$", "$1:$2")
                .replaceAll("\\.\\d+(?=Z|[+-]|$)", "");
        try {
            OffsetDateTime t = OffsetDateTime.parse(iso);
            return plausible(new DeclaredDate(t.toLocalDateTime(), t.getOffset(), true));
        } catch (DateTimeParseException e) {
            // not offset form
        }
        try {
            return plausible(new DeclaredDate(LocalDateTime.parse(iso), null, true));
        } catch (DateTimeParseException e) {
            // not local date-time form
        }
        try {
            return plausible(new DeclaredDate(LocalDate.parse(iso).atStartOfDay(), null, false));
        } catch (DateTimeParseException e) {
            return other(value.strip());
        }
    }

    /** Forms other than ISO 8601: RFC 1123 (HTTP), Java's {@code Date.toString()}, then any date as in text. */
    private static Optional<DeclaredDate> other(String value) {
        try {
            OffsetDateTime t = OffsetDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
            return plausible(new DeclaredDate(t.toLocalDateTime(), t.getOffset(), true));
        } catch (DateTimeParseException e) {
            // not the HTTP form
        }
        Matcher m = JAVA_DATE.matcher(value);
        if (m.matches()) {
            return javaDate(m);
        }
        List<FoundDate> found = DateText.findAll(value, false);
        return found.isEmpty() ? Optional.empty()
                : Optional.of(new DeclaredDate(found.getFirst().value(), null, found.getFirst().hasTime()));
    }

    private static Optional<DeclaredDate> javaDate(Matcher m) {
        LocalDate day = DateText.date(m.group(6), String.valueOf(MonthNames.of(m.group(1))), m.group(2));
        try {
            return day == null ? Optional.empty() : Optional.of(new DeclaredDate(day.atTime(
                    Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5))),
                    null, true));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<DeclaredDate> plausible(DeclaredDate date) {
        int year = date.wallClock.getYear();
        return year >= 1990 && year <= 2100 ? Optional.of(date) : Optional.empty();
    }
}
