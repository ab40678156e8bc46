package gazette.extraction.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** Renders an element into paragraphs: every block-level element starts a new one; inline text runs together. */
public final class BlockRenderer implements NodeVisitor {
    static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "body", "h1", "h2", "h3",
            "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "td", "th",
            "thead", "tbody", "tfoot", "caption", "figure", "figcaption", "header", "footer", "nav", "aside", "form",
            "fieldset", "address", "center", "hr", "details", "summary", "option", "html");

    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

    private final List<Block> blocks = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private int linkChars;
    private int linkDepth;
    private int preDepth;
    private final List<Element> owners = new ArrayList<>();

    private BlockRenderer() {
    }

    /** The paragraphs of {@code root} in document order. */
    public static List<Block> render(Element root) {
        BlockRenderer renderer = new BlockRenderer();
        renderer.owners.add(root);
        NodeTraversor.traverse(renderer, root);
        renderer.flush();
        return renderer.blocks;
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
            int start = text.length();
            if (preDepth > 0) {
                text.append(t.getWholeText());
            } else {
                // what t.text() gives, without making a string of it first
                StringUtil.appendNormalisedWhitespace(text, t.getWholeText(), false);
            }
            if (linkDepth > 0) {
                linkChars += strippedLength(text, start, text.length());
            }
        } else if (node instanceof Element el) {
            String tag = el.normalName();
            if (BLOCKS.contains(tag)) {
                flush();
                owners.add(el);
            } else if (tag.equals("br")) {
                text.append('\n');
            } else if (tag.equals("a")) {
                linkDepth++;
            }
            if (tag.equals("pre")) {
                preDepth++;
            }
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (node instanceof Element el) {
            String tag = el.normalName();
            if (BLOCKS.contains(tag)) {
                flush();
                owners.removeLast();
            } else if (tag.equals("a")) {
                linkDepth--;
            }
            if (tag.equals("pre")) {
                preDepth--;
            }
        }
    }

    /** The length {@code s.subSequence(from, to).toString().strip()} would have. */
    private static int strippedLength(CharSequence s, int from, int to) {
        while (from < to && Character.isWhitespace(s.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(s.charAt(to - 1))) {
            to--;
        }
        return to - from;
    }

    private void flush() {
        String paragraph = tidy(text);
        if (!paragraph.isEmpty()) {
            Element owner = owners.getLast();
            blocks.add(new Block(owner, paragraph, Math.min(linkChars, paragraph.length()),
                    HEADINGS.contains(owner.normalName())));
        }
        text.setLength(0);
        linkChars = 0;
    }

    /**
     * Collapses runs of spaces, keeps single line breaks, trims every line (of spaces, and of other white space at
     * its ends); one scan without intermediate strings, as it runs per block.
     */
    static String tidy(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        int start = 0;
        while (start <= s.length()) {
            int end = start;
            while (end < s.length() && s.charAt(end) != '\n') {
                end++;
            }
            int from = start;
            int to = end;
            while (from < to && trimmed(s.charAt(from))) {
                from++;
            }
            while (to > from && trimmed(s.charAt(to - 1))) {
                to--;
            }
            if (from < to) {
                if (!out.isEmpty()) {
                    out.append('\n');
                }
                collapse(s, from, to, out);
            }
            start = end + 1;
        }
        return out.toString();
    }

    private static void collapse(CharSequence s, int from, int to, StringBuilder out) {
        boolean inRun = false;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            boolean blank = blank(c);
            if (!blank || !inRun) {
                out.append(blank ? ' ' : c);
            }
            inRun = blank;
        }
    }

    private static boolean blank(char c) {
        return c == ' ' || c == '\t' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u00A0';
    }

    /** Blanks and any other white space (ideographic space, em space) end no line. */
    private static boolean trimmed(char c) {
        return blank(c) || Character.isWhitespace(c);
    }
}
