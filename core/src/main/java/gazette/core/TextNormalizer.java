package gazette.core;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Puts page text into the one form the index stores: Unicode NFKC (full-width letters and digits, ligatures and
 * compatibility forms become their plain equivalents), line breaks as {@code \n}, and no control or invisible
 * formatting characters. Zero-width joiners are kept: Persian and Indic spelling depends on them.
 */
public final class TextNormalizer {
    private static final Pattern LINE_BREAK = Pattern.compile("\r\n?|[\u2028\u2029\u0085]");
    /** C0/C1 controls except tab and newline, plus soft hyphen, zero-width space, word joiner and byte-order mark. */
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}&&[^\t\n]]|[\u00AD\u200B\u2060\uFEFF]");
    private static final Pattern HORIZONTAL_SPACE = Pattern.compile("[\\t\\p{Zs}]+");

    private TextNormalizer() {}

    /** The normalised text; null stays null. */
    public static String normalize(String text) {
        if (text == null) {
            return null;
        }
        String lines = LINE_BREAK.matcher(text).replaceAll("\n");
        String visible = INVISIBLE.matcher(lines).replaceAll("");
        String nfkc = Normalizer.normalize(visible, Normalizer.Form.NFKC);
        return HORIZONTAL_SPACE.matcher(nfkc).replaceAll(" ");
    }
}
