package gazette.samplesite;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One language of the site: its native name, the ministry's name, the navigation labels and the date-line format.
 *
 * @param datePattern tokens {@code {d}}, {@code {dd}}, {@code {MM}}, {@code {MMMM}} (month name), {@code {yyyy}}
 */
record SiteLanguage(String code, String name, String dir, String ministry, String datePattern, List<String> months,
                    Labels labels) {

    /** Words of the page chrome (menu, footer, asides) in this language. */
    record Labels(String home, String news, String contact, String press, String intranet, String related,
                  String next, String previous, String languages) {}

    SiteLanguage {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(labels, "labels of " + code);
        if (months == null || months.size() != 12) {
            throw new IllegalArgumentException("language " + code + " needs 12 month names");
        }
        months = List.copyOf(months);
    }

    /** The date as this language's date line shows it (always the Gregorian year). */
    String formatDate(LocalDate date) {
        return datePattern
                .replace("{dd}", twoDigits(date.getDayOfMonth()))
                .replace("{d}", Integer.toString(date.getDayOfMonth()))
                .replace("{MMMM}", months.get(date.getMonthValue() - 1))
                .replace("{MM}", twoDigits(date.getMonthValue()))
                .replace("{yyyy}", Integer.toString(date.getYear()));
    }

    private static String twoDigits(int value) {
        return value < 10 ? "0" + value : Integer.toString(value);
    }
}
