package gazette.core;

import java.text.Normalizer;

/**
 * Puts page text into the one form the index stores: Unicode NFKC (full-width letters and digits, ligatures and
 * compatibility forms become their plain equivalents), line breaks as {@code \n}, and no control or invisible
 * formatting characters. Zero-width joiners are kept: Persian and Indic spelling depends on them.
 *
 * <p>Two character loops rather than regular expressions: every page's text and title pass here on their way to
 * the index, and the expressions (a character-class intersection among them) were the largest cost of building a
 * document.
 */
public final class TextNormalizer {

    private TextNormalizer() {}

    /** The normalised text; null stays null. */
    public static String normalize(String text) {
        if (text == null) {
            return null;
        }
        String nfkc = Normalizer.normalize(visibleLines(text), Normalizer.Form.NFKC);
        return singleSpaces(nfkc);
    }

    /**
     * CR LF, CR, U+2028, U+2029 and NEL as {@code \n}; C0/C1 controls except tab and newline dropped, and soft hyphen,
     * zero-width space, word joiner and byte-order mark.
     */
    private static String visibleLines(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean changed = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                out.append('\n');
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                changed = true;
            } else if (c == '\u2028' || c == '\u2029' || c == '\u0085') {
                out.append('\n');
                changed = true;
            } else if (invisible(c)) {
                changed = true;
            } else {
                out.append(c);
            }
        }
        return changed ? out.toString() : text;
    }

    private static boolean invisible(char c) {
        return Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n'
                || c == '\u00AD' || c == '\u200B' || c == '\u2060' || c == '\uFEFF';
    }

    /** Each run of tabs and space separators (no-break and ideographic spaces too) as one plain space. */
    private static String singleSpaces(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean changed = false;
        for (int i = 0; i < text.length(); ) {
            char c = text.charAt(i);
            if (!horizontalSpace(c)) {
                out.append(c);
                i++;
                continue;
            }
            int end = i + 1;
            while (end < text.length() && horizontalSpace(text.charAt(end))) {
                end++;
            }
            changed |= c != ' ' || end - i > 1;
            out.append(' ');
            i = end;
        }
        return changed ? out.toString() : text;
    }

    private static boolean horizontalSpace(char c) {
        return c == '\t' || Character.getType(c) == Character.SPACE_SEPARATOR;
    }
}
