package gazette.extraction.title;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether two titles say the same thing in other words: half the words of each recur in the other, or half the
 * characters of the shorter form one run the other shares ("Mail-Aktion an den Deutschen Bundestag" and "Mailaktion
 * an den Bundestag"; "Nachhaltig leben" and "Nachhaltiger leben").
 */
final class Agreement {
    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final int MIN_RUN = 10;
    private static final int MAX_RUN_CHARS = 160;

    private Agreement() {
    }

    static boolean agrees(String a, String b) {
        return sharedWords(a, b) || sharedRun(SiteName.normal(a), SiteName.normal(b));
    }

    private static boolean sharedWords(String a, String b) {
        List<String> wa = words(a);
        List<String> wb = words(b);
        if (Math.min(wa.size(), wb.size()) < 2) {
            return false; // one shared word is chance
        }
        return shared(wa, wb) * 2 >= wa.size() && shared(wb, wa) * 2 >= wb.size();
    }

    private static long shared(List<String> these, List<String> others) {
        Set<String> set = new HashSet<>(others);
        return these.stream().filter(set::contains).count();
    }

    private static List<String> words(String s) {
        Matcher m = WORD.matcher(s.toLowerCase(Locale.ROOT));
        return m.results().map(r -> r.group()).toList();
    }

    /** True when the longest common substring covers half of the shorter string (and at least 10 characters). */
    static boolean sharedRun(String fullA, String fullB) {
        // titles are short; the bound keeps a paragraph-long "heading" from costing a quadratic comparison
        String a = fullA.length() > MAX_RUN_CHARS ? fullA.substring(0, MAX_RUN_CHARS) : fullA;
        String b = fullB.length() > MAX_RUN_CHARS ? fullB.substring(0, MAX_RUN_CHARS) : fullB;
        int need = Math.max(MIN_RUN, (Math.min(a.length(), b.length()) + 1) / 2);
        if (Math.min(a.length(), b.length()) < need) {
            return false;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                current[j] = a.charAt(i - 1) == b.charAt(j - 1) ? previous[j - 1] + 1 : 0;
                if (current[j] >= need) {
                    return true;
                }
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return false;
    }
}
