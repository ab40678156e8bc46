package gazette.extraction.eval;

import java.util.Locale;

/**
 * Title agreement that ignores case, punctuation and spacing, and accepts a title that the expected one contains
 * when it is most of it (readability keeps some site-name suffixes that we cut, and vice versa).
 */
final class TitleMatch {
    private TitleMatch() {
    }

    static boolean matches(String expected, String actual) {
        String e = normal(expected);
        String a = normal(actual);
        if (a.isEmpty()) {
            return e.isEmpty();
        }
        return e.equals(a) || (e.contains(a) || a.contains(e)) && Math.min(a.length(), e.length()) * 10
                >= Math.max(a.length(), e.length()) * 6;
    }

    static String normal(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[\\p{P}\\p{S}\\p{Z}\\p{Cf}\\s]+", "");
    }
}
