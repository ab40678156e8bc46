package gazette.extraction.text;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Removes what is never main text: scripts and forms, navigation, headers and footers, asides, share bars, cookie
 * notices, comments, related-article lists and language switchers. Rules by class or id spare an element that holds
 * most of the page's text, because some sites name their whole layout "wrapper-sidebar" or similar.
 */
public final class Boilerplate {
    private static final String ALWAYS = "script, style, noscript, template, svg, canvas, iframe, object, embed, "
            + "select, button, input, textarea, dialog, link, meta, [hidden], [aria-hidden=true], "
            + "[style~=(?i)display:\\s*none], [style~=(?i)visibility:\\s*hidden]";
    private static final String CHROME = "nav, aside, footer, header, menu, figcaption, [role=navigation], [role=banner], "
            + "[role=contentinfo], [role=complementary], [role=search], [role=dialog], [role=alert], "
            + "[itemprop=comment], [itemtype~=(?i)schema.org/(WPHeader|WPFooter|SiteNavigationElement)]";
    private static final Pattern NEGATIVE = Pattern.compile("(?:^|[-_ ])(?:nav|navbar|navigation|menu|menubar|"
            + "breadcrumbs?|crumbs?|footer|foot|sidebar|side-?bar|sidenav|share|sharing|sharebar|social|sns|"
            + "cookies?|consent|gdpr|comments?|commentlist|disqus|related|recommend(?:ed|ations)?|more-?stories|"
            + "newsletter|subscribe|subscription|signup|promo|advert|advertisement|ads?|adsbygoogle|sponsored?|"
            + "popup|modal|masthead|toolbar|pagination|pager|tags?|taglist|tagcloud|keywords|print|skip|widget|"
            + "outbrain|taboola|rss|copyright|disclaimer|author-?bio|bio|login|search|topbar|header|languages|"
            + "language-?switch(?:er)?|translate|sr-only|visually-hidden|caption-credit|credits?|"
            + "prev-next|next-prev|post-navigation|read-?more|also-?read|most-?read|popular|trending|jump)"
            + "(?:[-_ ]|$)", Pattern.CASE_INSENSITIVE);
    /** Words that mark chrome whatever the element holds. */
    private static final Pattern STRONG = Pattern.compile("(?:^|[-_ ])(?:comments?|commentlist|disqus|cookies?|"
            + "consent|gdpr|share|sharing|sharebar|social|related|newsletter|breadcrumbs?|popup|modal|sidebar|"
            + "footer|rodape|nav|navbar|navigation|menu|outbrain|taboola)(?:[-_ ]|$)", Pattern.CASE_INSENSITIVE);
    /** Picture captions and credits, however the class is composed ("imageCaption", "figure__caption"). */
    private static final Pattern CAPTION = Pattern.compile("(?i)caption|credits?(?:[-_ ]|$)|"
            + "^author-?(?:bio|box|info|description|container|profile)");
    /** Blog engines label posts with their tags and categories ("tag-travel"); those are not layout. */
    private static final Pattern TAXONOMY = Pattern.compile(
            "^(?:tag|tags|category|categories|cat|format|status|type|postid|hentry|lang)[-_]");
    /** Cookie banners go by many compound names ("fi-cookieconsent", "CybotCookiebotDialog"). */
    private static final Pattern COOKIE = Pattern.compile("(?i)cookie|gdpr|consent-?(?:banner|box|bar|layer)");
    /** What marks the page's own content: an element holding one of these is never chrome by its name. */
    private static final String MAIN = "main, [role=main]";
    private static final Pattern ADS = Pattern.compile("(?i)(?:^|[-_ ])(?:ads?|advert\\w*|sponsor\\w*|promo\\w*)"
            + "(?:[-_ ]|$)");
    /** Where the article is, for telling a layout named "sidebar" from a real sidebar holding more text. */
    private static final String ANCHORS = "main, [role=main], article, [itemprop=articleBody]";
    private static final int ANCHOR_LENGTH = 400;
    /** Weakly named elements holding more text than this are content with a misleading name ("Section--Ads"). */
    private static final int WEAK_LIMIT = 600;
    /** A class that names the content itself ("entry", "post-content"). */
    private static final Pattern CONTENT = Pattern.compile("(?:entry|article|post|story)(?:[-_](?:content|body|"
            + "text|inner))?|(?:entry|article|post|story|main)?[-_]?(?:content|body|text)");
    private static final Pattern POSITIVE = Pattern.compile("(?:^|[-_ ])(?:article|content|main|body|entry|"
            + "story|text|post|blog|news|detail|page|container|wrapper|wrap|layout|site|inner|column|col|row)"
            + "(?:[-_ ]|$)", Pattern.CASE_INSENSITIVE);

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
        Map<String, Naming> namings = new HashMap<>();
        TextLengths lengths = TextLengths.of(root);
        int total = Math.max(1, lengths.length(root));
        List<Element> anchors = root.select(ANCHORS);
        for (Element el : root.select(CHROME)) {
            if (el.parent() != null && !spared(el, lengths, total, anchors) && !isArticleHeader(el)
                    && el.selectFirst(MAIN) == null) {
                el.remove();
            }
        }
        for (Element el : root.select("[class], [id]")) {
            if (el.parent() == null || spared(el, lengths, total, anchors)) {
                continue;
            }
            Naming naming = namings.computeIfAbsent(el.normalName() + " " + el.className() + " " + el.id(),
                    k -> naming(el));
            if ((naming == Naming.CHROME || naming == Naming.MAYBE_CHROME && lengths.length(el) < WEAK_LIMIT
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
                    && !el.parents().contains(anchor) && anchor.closest("header, nav, footer") == null;
        }
        return !outside;
    }

    /** A weakly named paragraph ("js_readmore") is text, not a widget. */
    private static boolean isContent(Element el) {
        String text = el.text();
        return el.normalName().equals("p") && !ADS.matcher(el.className()).find() && Block.units(text) >= 120
                && Block.punctuation(text) >= 2
                && el.select("a").text().length() * 5 < text.length();
    }

    /** What the class or id says: chrome (a strong word like "comments"), maybe chrome ("ads"), or nothing. */
    static Naming naming(Element el) {
        String tag = el.tagName();
        if (tag.equals("body") || tag.equals("html") || tag.equals("article") || tag.equals("main")) {
            return Naming.NONE;
        }
        Naming result = Naming.NONE;
        String names = (el.className() + " " + el.id()).toLowerCase(Locale.ROOT);
        if (COOKIE.matcher(names).find()) {
            return Naming.CHROME;
        }
        String[] tokens = names.split("\\s+");
        boolean content = Arrays.stream(tokens).anyMatch(t -> CONTENT.matcher(t).matches());
        for (String token : tokens) {
            if (TAXONOMY.matcher(token).find()) {
                continue;
            }
            if (STRONG.matcher(token).find() || CAPTION.matcher(token).find()) {
                // "entry share": a bare word beside a content class styles the content, it does not replace it
                if (!content || !token.matches("[a-z]+")) {
                    return Naming.CHROME;
                }
                result = Naming.MAYBE_CHROME;
                continue;
            }
            if (POSITIVE.matcher(token).find()) {
                continue;
            }
            if (NEGATIVE.matcher(token).find()) {
                result = Naming.MAYBE_CHROME;
            }
        }
        return result;
    }

    enum Naming { CHROME, MAYBE_CHROME, NONE }

    /** An article's own header holds its heading and lead paragraph, unlike the page header. */
    private static boolean isArticleHeader(Element el) {
        return el.normalName().equals("header") && (el.closest("article, main, [role=main]") != null
                || el.selectFirst("h1") != null && el.select("p").stream().anyMatch(p -> Block.units(p.text()) >= 80));
    }

    /** Some sites name their whole layout "sidebar-wrap" or put the page in a nav: never strip most of it. */
    private static boolean holdsMostText(int length, int total) {
        return length > 0.4 * total && length > 400;
    }
}
