package gazette.bench.search;

/** Tells text written in Latin script, and text written without spaces between words. */
final class LatinText {
    private LatinText() {}

    /** True when at least 90 % of the letters are Latin. */
    static boolean isLatin(String text) {
        long letters = text.codePoints().filter(Character::isLetter).count();
        long latin = text.codePoints().filter(Character::isLetter)
                .filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN).count();
        return letters > 0 && latin * 10 >= letters * 9;
    }

    /** Chinese, Japanese or Thai: fewer than one space per 20 characters. */
    static boolean unspaced(String text) {
        long spaces = text.chars().filter(Character::isWhitespace).count();
        return spaces * 20 < text.length();
    }
}
