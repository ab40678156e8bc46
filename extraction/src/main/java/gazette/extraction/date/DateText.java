package gazette.extraction.date;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds calendar dates written in text: ISO and CJK year-first forms ({@code 2024-09-12}, {@code 2024年9月12日}),
 * numeric day-first forms ({@code 12.09.2024}, {@code 12.09.24}; with slashes the order follows the page's locale
 * unless a part exceeds 12) and month names in many languages ({@code 12 September 2024}, {@code September 12, 2024},
 * {@code 12 сентября 2024}, {@code 12 de septiembre de 2024}, the first day of {@code 14. - 20. Januar 2022}), each
 * with an optional time after it.
 */
public final class DateText {
    private static final String YEAR = "((?:19|20)\\d{2})";
    /** Named-month dates also accept Thai Buddhist-era years (Gregorian + 543). */
    private static final String NAMED_YEAR = "((?:19|20|25)\\d{2})";
    private static final String MONTHS = "(" + MonthNames.alternation() + ")";
    private static final Pattern YMD = Pattern.compile(
            "(?<![\\d.])" + YEAR + "\\s*(?:[-/.]|年|년)\\s*(\\d{1,2})\\s*(?:[-/.]|月|월)\\s*(\\d{1,2})(?!\\d)\\s*[日일号號]?");
    private static final Pattern DMY = Pattern.compile(
            "(?<![\\d.])(\\d{1,2})\\s?([./-])\\s?(\\d{1,2})\\s?\\2\\s?" + YEAR + "(?!\\d)");
    /** {@code 28.01.22}: day, month and a two-digit year, with points only, as German-speaking sites print them. */
    private static final Pattern SHORT_DMY = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{2})(?![\\d.])");
    private static final Pattern NAMED_DMY = Pattern.compile("(?iu)(?<![\\d\\p{L}])(\\d{1,2})(?:\\.|st|nd|rd|th|er|º)?"
            + "\\s*(?:de\\s+)?" + MONTHS + "\\.?(?![\\p{L}\\p{M}]),?\\s*(?:de\\s+|del\\s+)?" + NAMED_YEAR + "(?!\\d)");
    /** A span of days in one month, {@code 14. - 20. Januar 2022} or {@code 14–20 January 2022}: its first day. */
    private static final Pattern NAMED_RANGE = Pattern.compile("(?iu)(?<![\\d\\p{L}])(\\d{1,2})\\.?\\s*[-–—]\\s*"
            + "\\d{1,2}(?:\\.|st|nd|rd|th)?\\s*" + MONTHS + "\\.?(?![\\p{L}\\p{M}]),?\\s*" + NAMED_YEAR + "(?!\\d)");
    private static final Pattern NAMED_MDY = Pattern.compile("(?iu)(?<![\\p{L}])" + MONTHS
            + "\\.?(?![\\p{L}\\p{M}])\\s*(\\d{1,2})(?:st|nd|rd|th)?,?\\s+" + NAMED_YEAR + "(?!\\d)");
    private static final Pattern TIME = Pattern.compile("(?iu)^\\s*(?:,|T|at|à|um|a las|às|alle|в|-|\\|)?\\s*"
            + "(\\d{1,2})\\s*[:：时時hH]\\s*(\\d{2})(?:\\s*[:：分]\\s*(\\d{2}))?\\s*(a\\.?m\\.?|p\\.?m\\.?)?");

    private DateText() {
    }

    /** Every date in {@code text}, in order of position; {@code monthFirst} resolves {@code 09/12/2024}. */
    public static List<FoundDate> findAll(String text, boolean monthFirst) {
        List<FoundDate> out = new ArrayList<>();
        scan(YMD, text, m -> date(m.group(1), m.group(2), m.group(3)), out);
        scan(DMY, text, m -> numericDayFirst(m, monthFirst), out);
        scan(SHORT_DMY, text, m -> date("20" + m.group(3), m.group(2), m.group(1)), out);
        scan(NAMED_RANGE, text, m -> date(m.group(3), String.valueOf(MonthNames.of(m.group(2))), m.group(1)), out);
        scan(NAMED_DMY, text, m -> date(m.group(3), String.valueOf(MonthNames.of(m.group(2))), m.group(1)), out);
        scan(NAMED_MDY, text, m -> date(m.group(3), String.valueOf(MonthNames.of(m.group(1))), m.group(2)), out);
        out.sort(Comparator.comparingInt(FoundDate::start));
        return dropOverlaps(out);
    }

    private interface DateOf {
        LocalDate of(Matcher m);
    }

    private static void scan(Pattern pattern, String text, DateOf parse, List<FoundDate> out) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            LocalDate date = parse.of(m);
            if (date != null) {
                out.add(withTime(date, text, m.start(), m.end()));
            }
        }
    }

    private static FoundDate withTime(LocalDate date, String text, int start, int end) {
        Matcher t = TIME.matcher(text.substring(end, Math.min(text.length(), end + 30)));
        if (!t.find()) {
            return new FoundDate(start, end, date.atStartOfDay(), false);
        }
        int hour = Integer.parseInt(t.group(1));
        String ampm = t.group(4) == null ? "" : t.group(4).toLowerCase(java.util.Locale.ROOT);
        hour = ampm.startsWith("p") && hour < 12 ? hour + 12 : ampm.startsWith("a") && hour == 12 ? 0 : hour;
        int minute = Integer.parseInt(t.group(2));
        int second = t.group(3) == null ? 0 : Integer.parseInt(t.group(3));
        if (hour > 23 || minute > 59 || second > 59) {
            return new FoundDate(start, end, date.atStartOfDay(), false);
        }
        return new FoundDate(start, end + t.end(), date.atTime(LocalTime.of(hour, minute, second)), true);
    }

    private static LocalDate numericDayFirst(Matcher m, boolean monthFirst) {
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(3));
        boolean slash = !m.group(2).equals(".");
        boolean swap = slash && (a > 12 ? false : b > 12 || monthFirst);
        return swap ? date(m.group(4), m.group(1), m.group(3)) : date(m.group(4), m.group(3), m.group(1));
    }

    /** The date, or null when the parts are not a real date in a plausible range. */
    static LocalDate date(String year, String month, String day) {
        try {
            int y = Integer.parseInt(year);
            LocalDate d = LocalDate.of(y >= 2500 ? y - 543 : y, Integer.parseInt(month), Integer.parseInt(day));
            return d.getYear() >= 1990 && d.getYear() <= 2100 ? d : null;
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static List<FoundDate> dropOverlaps(List<FoundDate> sorted) {
        List<FoundDate> out = new ArrayList<>();
        for (FoundDate d : sorted) {
            if (out.isEmpty() || d.start() >= out.getLast().end()) {
                out.add(d);
            }
        }
        return out;
    }
}
