package gazette.extraction.text;

import org.jsoup.nodes.Element;

/**
 * One paragraph of rendered text and the block element it came from.
 *
 * @param owner     the nearest enclosing block element
 * @param text      the paragraph, whitespace collapsed (line breaks from {@code <br>} kept)
 * @param linkChars how many of its characters are inside links
 * @param heading   true for {@code h1}–{@code h6}
 */
public record Block(Element owner, String text, int linkChars, boolean heading) {

    /** Share of the text inside links. */
    public double linkDensity() {
        return text.isEmpty() ? 0 : Math.min(1.0, linkChars / (double) text.length());
    }

    /** Text weight comparable across scripts: a Han or kana character carries about as much as a short word. */
    public static int units(String text) {
        int units = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x3040 && c <= 0x30FF || c >= 0x3400 && c <= 0x9FFF || c >= 0xF900 && c <= 0xFAFF) {
                units += 3;
            } else if (c >= 0xAC00 && c <= 0xD7AF) {
                units += 2;
            } else if (!Character.isWhitespace(c)) {
                units++;
            }
        }
        return units;
    }

    /**
     * Sentence punctuation in any script: a sign of prose rather than menus. A Latin mark counts only where a
     * sentence or clause ends, before a space or the end, so that the points in "3078.02" or "www.example.org" of
     * a stock ticker or a link list do not pass for sentences.
     */
    public static int punctuation(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("，。、；：！？".indexOf(c) >= 0 || ",.;:!?".indexOf(c) >= 0
                    && (i + 1 == text.length() || !Character.isLetterOrDigit(text.charAt(i + 1)))) {
                count++;
            }
        }
        return count;
    }
}
