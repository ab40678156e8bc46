package gazette.extraction.text;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Script-rendered pages sometimes carry their only copy of the article inside {@code <noscript>}: when the rest of
 * the page has little text and a noscript element has much more, its content replaces it in the tree.
 */
final class NoscriptBody {
    /** Below this many units outside noscript, the visible page is a script shell. */
    private static final int SHELL_UNITS = 300;
    private static final int MIN_UNITS = 100;
    private static final int ARTICLE_UNITS = 300;
    private static final Evaluator NOSCRIPT = QueryParser.parse("noscript");
    private static final Evaluator P = QueryParser.parse("p");

    private NoscriptBody() {
    }

    static void unwrapIfOnlyText(Element root) {
        var noscripts = root.select(NOSCRIPT);
        if (noscripts.isEmpty()) {
            return;
        }
        int inside = 0;
        for (Element n : noscripts) {
            inside += Block.units(contentOf(n).text());
        }
        int outside = Block.units(root.text()) - inside;
        if (outside >= SHELL_UNITS || inside < MIN_UNITS || inside < 2 * outside) {
            noscripts.stream().filter(NoscriptBody::isArticleCopy).forEach(NoscriptBody::unwrap);
            return;
        }
        noscripts.forEach(NoscriptBody::unwrap);
    }

    /**
     * A noscript holding paragraphs of prose where its container shows little else (a blog engine's post body,
     * rendered by script, with the static copy beside it).
     */
    private static boolean isArticleCopy(Element noscript) {
        Element content = contentOf(noscript);
        int units = Block.units(content.text());
        if (units < ARTICLE_UNITS || content.select(P).size() < 2 || noscript.parent() == null) {
            return false;
        }
        int around = Block.units(noscript.parent().text()) - Block.units(noscript.text());
        return around * 2 < units;
    }

    private static void unwrap(Element noscript) {
        Element content = contentOf(noscript);
        for (Node child : content.childNodes().toArray(new Node[0])) {
            noscript.before(child);
        }
        noscript.remove();
    }

    /** A parser that treats noscript as raw text leaves markup in a text node; parse it as a fragment then. */
    private static Element contentOf(Element noscript) {
        if (noscript.childNodeSize() == 1 && noscript.childNode(0) instanceof TextNode t && t.text().contains("<")) {
            return Jsoup.parseBodyFragment(t.getWholeText()).body();
        }
        return noscript;
    }
}
