package gazette.extraction.text;

import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Removes what is never main text: scripts and forms, navigation, headers and footers, asides, share bars, cookie
 * notices, comments, related-article lists and language switchers. Rules by class or id spare an element that holds
 * most of the page's text, because some sites name their whole layout "wrapper-sidebar" or similar.
 */
public final class Boilerplate {
    // Queries are parsed once, here as elsewhere in extraction: jsoup parses a query string again on every select.
    private static final Evaluator ALWAYS = QueryParser.parse("script, style, noscript, template, svg, canvas, "
            + "iframe, object, embed, select, button, input, textarea, dialog, link, meta, [hidden], "
            + "[aria-hidden=true], [style~=(?i)display:\\s*none], [style~=(?i)visibility:\\s*hidden]");
    private static final Evaluator CHROME = QueryParser.parse("nav, aside, footer, header, menu, figcaption, "
            + "[role=navigation], [role=banner], [role=contentinfo], [role=complementary], [role=search], "
            + "[role=dialog], [role=alert], [itemprop=comment], [itemtype~=(?i)schema.org/(WPHeader|WPFooter|SiteNavigationElement)]");
    /** What marks the page's own content: an element holding one of these is never chrome by its name. */
    private static final Evaluator MAIN = QueryParser.parse("main, [role=main]");
    private static final Pattern ADS = Pattern.compile("(?i)(?:^|[-_ ])(?:ads?|advert\\w*|sponsor\\w*|promo\\w*)"
            + "(?:[-_ ]|$)");
    /** Where the article is, for telling a layout named "sidebar" from a real sidebar holding more text. */
    private static final Evaluator ANCHORS = QueryParser.parse("main, [role=main], article, [itemprop=articleBody]");
    private static final Evaluator NAMED = QueryParser.parse("[class], [id]");
    private static final Evaluator PAGE_PARTS = QueryParser.parse("header, nav, footer");
    private static final Evaluator ARTICLE_OR_MAIN = QueryParser.parse("article, main, [role=main]");
    private static final Evaluator LINK = QueryParser.parse("a");
    private static final Evaluator H1 = QueryParser.parse("h1");
    private static final Evaluator P = QueryParser.parse("p");
    private static final int ANCHOR_LENGTH = 400;
    /** Weakly named elements holding more text than this are content with a misleading name ("Section--Ads"). */
    private static final int WEAK_LIMIT = 600;
    private Boilerplate() {
    }

    /** Removes boilerplate elements from {@code root} in place. */
    public static void strip(Element root) {
        strip(root, null);
    }

    /** As {@link #strip(Element)}, with the language switchers already found (null: find them here). */
    public static void strip(Element root, List<Element> switchers) {
        NoscriptBody.unwrapIfOnlyText(root);
        root.select(ALWAYS).remove();
        for (Element switcher : switchers == null ? LanguageSwitcher.findAll(root) : switchers) {
            if (switcher.parent() != null) {
                switcher.remove();
            }
        }
        TextLengths lengths = TextLengths.of(root);
        int total = Math.max(1, lengths.length(root));
        List<Element> anchors = root.select(ANCHORS);
        for (Element el : root.select(CHROME)) {
            if (el.parent() != null && !spared(el, lengths, total, anchors) && !isArticleHeader(el)
                    && el.selectFirst(MAIN) == null) {
                el.remove();
            }
        }
        for (Element el : root.select(NAMED)) {
            if (el.parent() == null || spared(el, lengths, total, anchors)) {
                continue;
            }
            ClassNames.Naming naming = ClassNames.of(el);
            if ((naming == ClassNames.Naming.CHROME || naming == ClassNames.Naming.MAYBE_CHROME
                    && lengths.length(el) < WEAK_LIMIT
                    && !isContent(el)) && el.selectFirst(MAIN) == null) {
                el.remove();
            }
        }
    }

    /**
     * Some sites name their whole layout "sidebar-wrap" or put the page in a nav: an element holding most of the
     * text stays, unless an article or main element with text of its own lies beside it (a real sidebar that
     * happens to be longer than a short post).
     */
    private static boolean spared(Element el, TextLengths lengths, int total, List<Element> anchors) {
        if (!holdsMostText(lengths.length(el), total)) {
            return false;
        }
        boolean outside = false;
        for (Element anchor : anchors) {
            if (anchor == el || anchor.parents().contains(el)) {
                return true;
            }
            outside |= anchor.parent() != null && lengths.length(anchor) >= ANCHOR_LENGTH
                    && !el.parents().contains(anchor) && anchor.closest(PAGE_PARTS) == null;
        }
        return !outside;
    }

    /** A weakly named paragraph ("js_readmore") is text, not a widget. */
    private static boolean isContent(Element el) {
        String text = el.text();
        return el.normalName().equals("p") && !ADS.matcher(el.className()).find() && Block.units(text) >= 120
                && Block.punctuation(text) >= 2
                && el.select(LINK).text().length() * 5 < text.length();
    }

    /** An article's own header holds its heading and lead paragraph, unlike the page header. */
    private static boolean isArticleHeader(Element el) {
        return el.normalName().equals("header") && (el.closest(ARTICLE_OR_MAIN) != null
                || el.selectFirst(H1) != null && el.select(P).stream().anyMatch(p -> Block.units(p.text()) >= 80));
    }

    /** Some sites name their whole layout "sidebar-wrap" or put the page in a nav: never strip most of it. */
    private static boolean holdsMostText(int length, int total) {
        return length > 0.4 * total && length > 400;
    }
}
