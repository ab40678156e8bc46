package gazette.extraction.date;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Tells whether a block's dates belong to other content than the article: footers, asides, navigation, comments,
 * lists of links to other articles. The title's header group (the title and the byline or date line beside it) is
 * always the article's own, whatever its containers are called ("teaser__metadata", "widget Blog", "other-infos").
 */
final class Elsewhere {
    private static final Pattern LAYOUT = Pattern.compile("(?i)(?:^|[-_\\s])(?:related|recommend|comment|footer|"
            + "sidebar|side|nav|more-?news|latest|popular|most-?read|teaser|widget|archive|prev(?!iew)|next|other|"
            + "xgxw|xgwz)");
    /** Blog engines put a post's tags and categories in its class ("tag-next-steps"); those are not layout. */
    private static final Pattern TAXONOMY = Pattern.compile("(?i)(?<=^|\\s)(?:tag|tags|category|categories|cat|"
            + "format|status|type|postid)[-_]\\S*");
    private static final Evaluator ARTICLE = QueryParser.parse("article");
    private static final Evaluator LINK = QueryParser.parse("a[href]");

    private final Map<Element, Boolean> memo = new IdentityHashMap<>();
    private final Element titleGroup;
    /** The {@code <article>} around the title: its own {@code <footer>} carries its date, not other content. */
    private final Element titleArticle;

    /** {@code titleGroup}, its descendants and its ancestors are never elsewhere; null when the title is unknown. */
    Elsewhere(Element titleGroup) {
        for (Element e = titleGroup; e != null; e = e.parent()) {
            memo.put(e, false);
        }
        this.titleGroup = titleGroup;
        this.titleArticle = titleGroup == null ? null : titleGroup.closest(ARTICLE);
    }

    /**
     * Whether the block owned by {@code el} is elsewhere. With {@code markupOnly} (a block beside the title, or a
     * date labelled as published) only the markup counts (footers outside an article, asides, navigation, link
     * lists), not class names: sites call their article's lead or byline box a "teaser" too.
     */
    boolean test(Element el, boolean markupOnly) {
        if (markupOnly) {
            for (Element e = el; e != null && !e.normalName().equals("body") && !inTitleGroup(e); e = e.parent()) {
                if (structural(e) && !(e.normalName().equals("footer") && e.closest(ARTICLE) != null)) {
                    return true;
                }
            }
            return false;
        }
        return test(el);
    }

    private boolean test(Element el) {
        if (el == null || el.normalName().equals("body")) {
            return false;
        }
        Boolean known = memo.get(el);
        if (known == null) {
            known = !inTitleGroup(el) && !articleFooter(el) && (ownLayout(el) || test(el.parent()));
            memo.put(el, known);
        }
        return known;
    }

    private boolean inTitleGroup(Element el) {
        return titleGroup != null && within(el, titleGroup);
    }

    private boolean articleFooter(Element el) {
        return titleArticle != null && el.normalName().equals("footer") && el.closest(ARTICLE) == titleArticle;
    }

    static boolean within(Element el, Element ancestor) {
        for (Element e = el; e != null; e = e.parent()) {
            if (e == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static boolean ownLayout(Element e) {
        return structural(e) || LAYOUT.matcher(layoutClass(e) + " " + (e.id().contains("/") ? "" : e.id())).find();
    }

    private static boolean structural(Element e) {
        String tag = e.normalName();
        return tag.equals("footer") || tag.equals("aside") || tag.equals("nav")
                || tag.equals("li") && e.parent() != null && e.parent().childrenSize() >= 3
                    && e.selectFirst(LINK) != null;
    }

    private static String layoutClass(Element e) {
        String c = e.className();
        return c.indexOf('-') < 0 && c.indexOf('_') < 0 ? c : TAXONOMY.matcher(c).replaceAll("");
    }
}
