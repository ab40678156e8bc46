package gazette.samplesite;

/** Removes an opening bracket or quote, and what follows it, that a cut text left unclosed. */
final class Brackets {
    private static final String[] PAIRS = {"()", "（）", "«»", "《》", "「」"};

    private Brackets() {}

    static String balance(String text) {
        String cut = text;
        for (String pair : PAIRS) {
            cut = closeOrDrop(cut, pair.charAt(0), pair.charAt(1));
        }
        // German opens with „ and closes with “, which elsewhere opens: pick the convention the text uses.
        cut = cut.indexOf('„') >= 0 ? closeOrDrop(cut, '„', '“') : closeOrDrop(cut, '“', '”');
        if (count(cut, '"') % 2 == 1) {
            cut = cut.substring(0, cut.lastIndexOf('"'));
        }
        return cut.strip();
    }

    private static String closeOrDrop(String text, char open, char close) {
        return count(text, open) > count(text, close) ? text.substring(0, text.lastIndexOf(open)) : text;
    }

    private static long count(String text, char c) {
        return text.chars().filter(ch -> ch == c).count();
    }
}
