package gazette.extraction.text;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Script-rendered pages sometimes carry their only copy of the article inside {@code <noscript>}: when the rest of
 * the page has little text and a noscript element has much more, its content replaces it in the tree.
 */
final class NoscriptBody {
    /** Below this many units outside noscript, the visible page is a script shell. */
    private static final int SHELL_UNITS = 300;
    private static final int MIN_UNITS = 100;

    private NoscriptBody() {
    }

    static void unwrapIfOnlyText(Element root) {
        var noscripts = root.select("noscript");
        if (noscripts.isEmpty()) {
            return;
        }
        int inside = 0;
        for (Element n : noscripts) {
            inside += Block.units(contentOf(n).text());
        }
        int outside = Block.units(root.text()) - inside;
        if (outside >= SHELL_UNITS || inside < MIN_UNITS || inside < 2 * outside) {
            return;
        }
        for (Element n : noscripts) {
            Element content = contentOf(n);
            for (Node child : content.childNodes().toArray(new Node[0])) {
                n.before(child);
            }
            n.remove();
        }
    }

    /** A parser that treats noscript as raw text leaves markup in a text node; parse it as a fragment then. */
    private static Element contentOf(Element noscript) {
        if (noscript.childNodeSize() == 1 && noscript.childNode(0) instanceof TextNode t && t.text().contains("<")) {
            return Jsoup.parseBodyFragment(t.getWholeText()).body();
        }
        return noscript;
    }
}
