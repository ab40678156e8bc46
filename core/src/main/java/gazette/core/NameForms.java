package gazette.core;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The name-like words of a text, for the {@link PageDocument#NAMES} field: capitalised words that do not open a
 * sentence, a Cyrillic one also without its case ending, so that Latin "putin" finds Russian "Путина". Common words
 * stay out: stemming every Cyrillic word let Latin "pension" match Russian "пенсионного".
 */
public final class NameForms {
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}]*");
    /** Russian noun and adjective case endings, longest first; a name keeps at least {@link #MIN_STEM} letters. */
    private static final List<String> RUSSIAN_ENDINGS = List.of("ами", "ями", "ого", "его", "ому", "ему", "ым", "им",
            "ом", "ем", "ой", "ей", "ах", "ях", "ов", "ев", "а", "я", "у", "ю", "е", "ы", "и");
    private static final int MIN_STEM = 3;
    private static final String SENTENCE_ENDS = ".!?…。！？";

    private NameForms() {}

    /** The forms separated by spaces, each once, in order of first appearance; empty when the text has none. */
    public static String of(String text) {
        Set<String> forms = new LinkedHashSet<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String word = m.group();
            if (Character.isUpperCase(word.codePointAt(0)) && !opensSentence(text, m.start())) {
                forms.add(word);
                forms.add(withoutCaseEnding(word));
            }
        }
        return String.join(" ", forms);
    }

    /** True at the start of the text, of a line, or after a sentence's end mark (quotes and brackets skipped). */
    private static boolean opensSentence(String text, int start) {
        for (int i = start - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '\n' || SENTENCE_ENDS.indexOf(c) >= 0) {
                return true;
            }
            if (!Character.isWhitespace(c) && "\"'«»“”„([".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    static String withoutCaseEnding(String word) {
        if (Character.UnicodeScript.of(word.codePointAt(0)) != Character.UnicodeScript.CYRILLIC) {
            return word;
        }
        for (String ending : RUSSIAN_ENDINGS) {
            if (word.endsWith(ending) && word.length() - ending.length() >= MIN_STEM) {
                return word.substring(0, word.length() - ending.length());
            }
        }
        return word;
    }
}
