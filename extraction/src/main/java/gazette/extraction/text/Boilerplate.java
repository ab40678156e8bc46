package gazette.extraction.text;

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
    /** Weakly named elements holding more text than this are content with a misleading name ("Section--Ads"). */
    private static final int WEAK_LIMIT = 600;
    private static final Pattern POSITIVE = Pattern.compile("(?:^|[-_ ])(?:article|content|main|body|entry|"
            + "story|text|post|blog|news|detail|page|container|wrapper|wrap|layout|site|inner|column|col|row)"
            + "(?:[-_ ]|$)", Pattern.CASE_INSENSITIVE);

    private Boilerplate() {
    }

    /** Removes boilerplate elements from {@code root} in place. */
    public static void strip(Element root) {
        NoscriptBody.unwrapIfOnlyText(root);
        root.select(ALWAYS).remove();
        LanguageSwitcher.findAll(root).forEach(Element::remove);
        TextLengths lengths = TextLengths.of(root);
        int total = Math.max(1, lengths.length(root));
        for (Element el : root.select(CHROME)) {
            if (el.parent() != null && !holdsMostText(lengths.length(el), total) && !isArticleHeader(el)) {
                el.remove();
            }
        }
        for (Element el : root.select("[class], [id]")) {
            if (el.parent() == null || holdsMostText(lengths.length(el), total)) {
                continue;
            }
            Naming naming = naming(el);
            if (naming == Naming.CHROME || naming == Naming.MAYBE_CHROME && lengths.length(el) < WEAK_LIMIT) {
                el.remove();
            }
        }
    }

    /** What the class or id says: chrome (a strong word like "comments"), maybe chrome ("ads"), or nothing. */
    static Naming naming(Element el) {
        String tag = el.tagName();
        if (tag.equals("body") || tag.equals("html") || tag.equals("article") || tag.equals("main")) {
            return Naming.NONE;
        }
        Naming result = Naming.NONE;
        String names = (el.className() + " " + el.id()).toLowerCase(Locale.ROOT);
        for (String token : names.split("\\s+")) {
            if (TAXONOMY.matcher(token).find()) {
                continue;
            }
            if (STRONG.matcher(token).find() || CAPTION.matcher(token).find()) {
                return Naming.CHROME;
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

    /** An article's own header holds its lead paragraph, unlike the page header. */
    private static boolean isArticleHeader(Element el) {
        return el.normalName().equals("header") && el.closest("article") != null;
    }

    /** Some sites name their whole layout "sidebar-wrap" or put the page in a nav: never strip most of it. */
    private static boolean holdsMostText(int length, int total) {
        return length > 0.4 * total && length > 400;
    }
}
