package gazette.extraction.date;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The title's header group: the largest container around the title heading that holds little more than it (a
 * kicker, a byline, a date line), so that a date in it is the article's own.
 */
final class TitleGroup {
    /** Characters beyond the title's own that a header group may hold. */
    private static final int EXTRA_TEXT = 300;

    private TitleGroup() {
    }

    static Element of(Element title) {
        int limit = title.text().length() + EXTRA_TEXT;
        Element group = title;
        for (Element up = title.parent(); up != null && !up.normalName().equals("body"); up = up.parent()) {
            if (textLonger(up, limit)) {
                break;
            }
            group = up;
        }
        return group;
    }

    /** Whether {@code el} holds more than {@code limit} characters of text, reading no further than needed. */
    private static boolean textLonger(Element el, int limit) {
        int[] length = {0};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    length[0] += t.getWholeText().strip().length();
                }
                return length[0] > limit ? FilterResult.STOP : FilterResult.CONTINUE;
            }
        }, el);
        return length[0] > limit;
    }
}
