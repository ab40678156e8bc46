package gazette.crawler.scope;

import gazette.crawler.SkipReason;
import java.net.URI;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Refuses URLs that look like crawler traps: too long, a path segment repeating (relative links resolving deeper and
 * deeper), too many or repeated query parameters, or a calendar parameter ({@code year}, {@code date}, {@code month},
 * … or any ISO-date value) whose year lies outside a plausible window around today.
 */
public final class TrapGuard {
    private static final Pattern CALENDAR_NAME = Pattern.compile(
            "(?i)(date|day|month|year|week|cal|calendar|y|m|d|ym|ymd)");
    private static final Pattern YEAR = Pattern.compile("^((?:1[0-9]|2[0-9])[0-9]{2})(?:$|[-/.]?[0-9]{2})");
    private static final Pattern ISO_DATE = Pattern.compile("^([0-9]{4})-[0-9]{2}(-[0-9]{2})?$");

    private final TrapSettings settings;
    private final Clock clock;

    public TrapGuard(TrapSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** The trap {@code url} looks like, or empty. */
    public Optional<Refusal> check(URI url) {
        int length = url.toString().length();
        if (length > settings.maxUrlLength()) {
            return refuse(SkipReason.URL_TOO_LONG, "length=" + length + " max=" + settings.maxUrlLength());
        }
        Optional<Refusal> path = repeatingSegment(url.getRawPath());
        return path.isPresent() ? path : query(url.getRawQuery());
    }

    private Optional<Refusal> repeatingSegment(String path) {
        Map<String, Integer> seen = new HashMap<>();
        for (String segment : path == null ? new String[0] : path.split("/")) {
            if (!segment.isEmpty() && seen.merge(segment, 1, Integer::sum) > settings.maxSegmentRepeats()) {
                return refuse(SkipReason.REPEATING_PATH, "segment=" + segment + " repeats in " + path);
            }
        }
        return Optional.empty();
    }

    private Optional<Refusal> query(String query) {
        if (query == null || query.isEmpty()) {
            return Optional.empty();
        }
        String[] params = query.split("&");
        if (params.length > settings.maxQueryParams()) {
            return refuse(SkipReason.QUERY_TRAP, "params=" + params.length + " max=" + settings.maxQueryParams());
        }
        Map<String, Integer> names = new HashMap<>();
        for (String param : params) {
            String[] pair = param.split("=", 2);
            if (names.merge(pair[0].toLowerCase(Locale.ROOT), 1, Integer::sum) > 2) {
                return refuse(SkipReason.QUERY_TRAP, "parameter " + pair[0] + " repeated");
            }
            Optional<Refusal> calendar = pair.length == 2 ? calendar(pair[0], pair[1]) : Optional.empty();
            if (calendar.isPresent()) {
                return calendar;
            }
        }
        return Optional.empty();
    }

    private Optional<Refusal> calendar(String name, String value) {
        Matcher iso = ISO_DATE.matcher(value);
        Matcher year = YEAR.matcher(value);
        String found = iso.matches() ? iso.group(1)
                : CALENDAR_NAME.matcher(name).matches() && year.find() ? year.group(1) : null;
        if (found == null) {
            return Optional.empty();
        }
        int now = clock.instant().atZone(ZoneOffset.UTC).getYear();
        int y = Integer.parseInt(found);
        if (y < now - settings.calendarYearsBack() || y > now + settings.calendarYearsAhead()) {
            return refuse(SkipReason.QUERY_TRAP, "calendar " + name + "=" + value + " outside "
                    + (now - settings.calendarYearsBack()) + ".." + (now + settings.calendarYearsAhead()));
        }
        return Optional.empty();
    }

    private static Optional<Refusal> refuse(SkipReason reason, String detail) {
        return Optional.of(new Refusal(reason, detail));
    }
}
