package gazette.api.feed;

/** The characters XML 1.0 allows in a document (its {@code Char} production), and dropping the rest. */
final class XmlChars {
    private XmlChars() {}

    /** {@code text} without the characters XML 1.0 cannot contain, even escaped; null stays null. */
    static String strip(String text) {
        if (text == null || text.codePoints().allMatch(XmlChars::allowed)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(XmlChars::allowed).forEach(out::appendCodePoint);
        return out.toString();
    }

    /** Lone surrogates come out of {@code codePoints()} as themselves, in the surrogate range, so they fail here. */
    static boolean allowed(int c) {
        return c == 0x9 || c == 0xA || c == 0xD
                || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
