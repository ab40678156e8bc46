package gazette.extraction.lang;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Languages that their script alone identifies: kana means Japanese, hangul Korean, Han without either Chinese; a
 * text written mostly in Thai, Greek, Hebrew, Georgian, Armenian, Khmer or Lao letters is in that language.
 */
final class Scripts {
    private static final Map<Character.UnicodeScript, String> SINGLE = new EnumMap<>(Map.of(
            Character.UnicodeScript.THAI, "th", Character.UnicodeScript.GREEK, "el",
            Character.UnicodeScript.HEBREW, "he", Character.UnicodeScript.GEORGIAN, "ka",
            Character.UnicodeScript.ARMENIAN, "hy", Character.UnicodeScript.KHMER, "km",
            Character.UnicodeScript.LAO, "lo"));

    private Scripts() {
    }

    static Optional<String> decisive(String text) {
        Optional<String> single = singleLanguageScript(text);
        return single.isPresent() ? single : cjk(text);
    }

    /** A single-language script that writes at least half the letters; Latin names inside stay a minority. */
    private static Optional<String> singleLanguageScript(String text) {
        Map<Character.UnicodeScript, Integer> counts = new EnumMap<>(Character.UnicodeScript.class);
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isAlphabetic(c)) {
                letters++;
                counts.merge(Character.UnicodeScript.of(c), 1, Integer::sum);
            }
        }
        for (var e : counts.entrySet()) {
            if (SINGLE.containsKey(e.getKey()) && e.getValue() * 2 >= letters && letters > 0) {
                return Optional.of(SINGLE.get(e.getKey()));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> cjk(String text) {
        int han = 0;
        int kana = 0;
        int hangul = 0;
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            Character.UnicodeScript script = Character.UnicodeScript.of(text.charAt(i));
            switch (script) {
                case HAN -> han++;
                case HIRAGANA, KATAKANA -> kana++;
                case HANGUL -> hangul++;
                default -> { }
            }
            letters += Character.isLetter(text.charAt(i)) ? 1 : 0;
        }
        if (letters == 0 || (han + kana + hangul) * 2 < letters) {
            return Optional.empty();
        }
        if (kana * 10 >= han + kana && kana > 0) {
            return Optional.of("ja");
        }
        if (hangul > han) {
            return Optional.of("ko");
        }
        return Optional.of(han > 0 ? "zh" : "ja");
    }
}
