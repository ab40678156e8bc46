package gazette.extraction.lang;

import java.util.List;

/**
 * The letters of a query by script, and the languages a non-Latin script names. Any letter of such a script leads,
 * so "iPhone 价格" is Chinese: a Latin brand or acronym inside a query says little about its language.
 *
 * @param letters all letters
 * @param byScript languages named by the script (most likely first), empty for Latin-only text
 */
record QueryScripts(int letters, List<String> byScript) {

    static QueryScripts of(String text) {
        int letters = 0;
        int han = 0;
        int kana = 0;
        int[] counts = new int[SCRIPTS.length];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isLetter(c)) {
                continue;
            }
            letters++;
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            han += script == Character.UnicodeScript.HAN ? 1 : 0;
            kana += script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA ? 1 : 0;
            for (int s = 0; s < SCRIPTS.length; s++) {
                counts[s] += SCRIPTS[s] == script ? 1 : 0;
            }
        }
        return new QueryScripts(letters, languages(han, kana, counts));
    }

    private static final Character.UnicodeScript[] SCRIPTS = {Character.UnicodeScript.HANGUL,
        Character.UnicodeScript.THAI, Character.UnicodeScript.DEVANAGARI, Character.UnicodeScript.GREEK,
        Character.UnicodeScript.ARABIC, Character.UnicodeScript.CYRILLIC};
    private static final String[] CODES = {"ko", "th", "hi", "el", "ar", "ru"};

    private static List<String> languages(int han, int kana, int[] counts) {
        if (kana > 0) {
            return List.of("ja");
        }
        int best = -1;
        for (int s = 0; s < counts.length; s++) {
            if (counts[s] > 0 && (best < 0 || counts[s] > counts[best])) {
                best = s;
            }
        }
        if (best >= 0 && counts[best] >= han) {
            return List.of(CODES[best]);
        }
        return han > 0 ? List.of("zh", "ja") : List.of();
    }
}
