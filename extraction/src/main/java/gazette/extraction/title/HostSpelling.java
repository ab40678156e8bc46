package gazette.extraction.title;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a name is spelled by a host label: its words in order, each taken whole, by its initial or (one word at
 * most) left out, at least two of them used ("SASS DATENTECHNIK AG" for sass-ag.de, "National Rail Enquiries" for
 * nationalrail.co.uk, "Frankfurter Allgemeine Zeitung" for faz.net).
 */
final class HostSpelling {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final int MAX_WORDS = 6;

    private HostSpelling() {
    }

    static boolean spells(String label, String name) {
        if (label.length() < 3) {
            return false;
        }
        List<String> words = WORD.matcher(name.toLowerCase(Locale.ROOT)).results().map(r -> r.group()).toList();
        return words.size() >= 2 && words.size() <= MAX_WORDS && spells(label, 0, words, 0, 1, 0);
    }

    private static boolean spells(String label, int at, List<String> words, int word, int skips, int used) {
        if (word == words.size()) {
            return at == label.length() && used >= 2;
        }
        String w = words.get(word);
        return label.startsWith(w, at) && spells(label, at + w.length(), words, word + 1, skips, used + 1)
                || label.startsWith(w.substring(0, 1), at) && spells(label, at + 1, words, word + 1, skips, used + 1)
                || skips > 0 && spells(label, at, words, word + 1, skips - 1, used);
    }
}
