package gazette.extraction.text;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The length of every element's visible text, computed in one pass: asking each element for its {@code text()}
 * would re-walk subtrees and cost quadratic time on deep pages.
 */
final class TextLengths implements NodeVisitor {
    private final Map<Element, Integer> lengths = new IdentityHashMap<>();
    /** Sums of the elements open on the walk's path, innermost last. */
    private int[] open = new int[64];
    private int depth;

    static TextLengths of(Element root) {
        TextLengths t = new TextLengths();
        NodeTraversor.traverse(t, root);
        return t;
    }

    /** Non-space characters of {@code el}'s text (0 for elements added after the pass). */
    int length(Element el) {
        return lengths.getOrDefault(el, 0);
    }

    @Override
    public void head(Node node, int nodeDepth) {
        if (node instanceof Element) {
            if (depth == open.length) {
                open = Arrays.copyOf(open, depth * 2);
            }
            open[depth++] = 0;
        } else if (node instanceof TextNode t && depth > 0) {
            open[depth - 1] += visible(t.getWholeText());
        }
    }

    @Override
    public void tail(Node node, int nodeDepth) {
        if (node instanceof Element el) {
            int sum = open[--depth];
            lengths.put(el, sum);
            if (depth > 0) {
                open[depth - 1] += sum;
            }
        }
    }

    /** True when {@code el}'s text has at most {@code max} non-space characters; stops reading past that. */
    static boolean atMost(Element el, int max) {
        int[] seen = {0};
        NodeTraversor.filter((node, depth) -> {
            seen[0] += node instanceof TextNode t ? visible(t.getWholeText()) : 0;
            return seen[0] > max ? NodeFilter.FilterResult.STOP : NodeFilter.FilterResult.CONTINUE;
        }, el);
        return seen[0] <= max;
    }

    private static int visible(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            n += Character.isWhitespace(s.charAt(i)) || s.charAt(i) == '\u00A0' ? 0 : 1;
        }
        return n;
    }
}
