package gazette.api.search;

import gazette.core.LanguageDetector;
import java.lang.Character.UnicodeScript;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Tells a query's language from its script alone, where the script all but names the language: kana is Japanese,
 * hangul Korean, Han Chinese or Japanese, Cyrillic, Greek, Arabic, Thai and Devanagari their main languages. Latin
 * (alone or mixed in) says too little, so such queries get no answer and search every language.
 */
public final class ScriptDetector implements LanguageDetector {
    /** Scripts written without spaces between words. */
    private static final Set<UnicodeScript> UNSPACED = EnumSet.of(UnicodeScript.HAN, UnicodeScript.HIRAGANA,
            UnicodeScript.KATAKANA, UnicodeScript.THAI, UnicodeScript.LAO, UnicodeScript.KHMER, UnicodeScript.MYANMAR);
    /** Longer than a word of those scripts mostly is (Chinese words have one to four characters). */
    private static final int SENTENCE_LETTERS = 6;

    /** True when {@code word} has enough letters of a script written without spaces to be a sentence. */
    static boolean isUnspacedSentence(String word) {
        return word.codePoints().filter(Character::isLetter).filter(c -> UNSPACED.contains(UnicodeScript.of(c)))
                .limit(SENTENCE_LETTERS).count() == SENTENCE_LETTERS;
    }

    @Override
    public List<String> plausible(String text) {
        Set<UnicodeScript> scripts = scripts(text);
        if (scripts.isEmpty() || scripts.contains(UnicodeScript.LATIN)) {
            return List.of();
        }
        Set<String> languages = new LinkedHashSet<>();
        if (scripts.contains(UnicodeScript.HIRAGANA) || scripts.contains(UnicodeScript.KATAKANA)) {
            languages.add("ja");
        } else if (scripts.contains(UnicodeScript.HANGUL)) {
            languages.add("ko");
        } else if (scripts.contains(UnicodeScript.HAN)) {
            languages.addAll(List.of("zh", "ja"));
        }
        scripts.forEach(s -> languages.addAll(languagesOf(s)));
        return List.copyOf(languages);
    }

    private static Set<UnicodeScript> scripts(String text) {
        Set<UnicodeScript> scripts = EnumSet.noneOf(UnicodeScript.class);
        text.codePoints().filter(Character::isLetter).mapToObj(UnicodeScript::of).forEach(scripts::add);
        return scripts;
    }

    /** The languages of a script with no CJK subtlety; most used first. */
    private static List<String> languagesOf(UnicodeScript script) {
        return switch (script) {
            case CYRILLIC -> List.of("ru", "uk", "bg", "sr");
            case GREEK -> List.of("el");
            case ARABIC -> List.of("ar", "fa", "ur");
            case THAI -> List.of("th");
            case DEVANAGARI -> List.of("hi", "mr", "ne");
            default -> List.of();
        };
    }
}
