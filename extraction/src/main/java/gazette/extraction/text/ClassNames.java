package gazette.extraction.text;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What an element's class and id names say about it: chrome (a strong word like "comments"), maybe chrome ("ads"),
 * or nothing. Readings are remembered for the process, because pages repeat the same class names on hundreds of
 * elements, a site repeats them on every page, and the word lists are long alternations. Thread-safe.
 */
final class ClassNames {
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
    /**
     * Picture captions and credits, however the class is composed ("imageCaption", "figure__caption"), author
     * boxes ("cbx-Author_Position") and affiliate or advertiser disclosures set apart from the text.
     */
    private static final Pattern CAPTION = Pattern.compile("(?i)caption|credits?(?:[-_ ]|$)|"
            + "(?:^|[-_])author[-_]?(?:bio|box|info|description|container|profile|position|card|about)|"
            + "(?:^|[-_])(?:affiliate[-_]?(?:info|disclosure|notice|hint|disclaimer)|disclosure)(?:[-_]|$)");
    /** Blog engines label posts with their tags and categories ("tag-travel"); those are not layout. */
    private static final Pattern TAXONOMY = Pattern.compile(
            "^(?:tag|tags|category|categories|cat|format|status|type|postid|hentry|lang)[-_]");
    /** Cookie banners go by many compound names ("fi-cookieconsent", "CybotCookiebotDialog"). */
    private static final Pattern COOKIE = Pattern.compile("(?i)cookie|gdpr|consent-?(?:banner|box|bar|layer)");
    /** A class that names the content itself ("entry", "post-content"). */
    private static final Pattern CONTENT = Pattern.compile("(?:entry|article|post|story)(?:[-_](?:content|body|"
            + "text|inner))?|(?:entry|article|post|story|main)?[-_]?(?:content|body|text)");
    private static final Pattern POSITIVE = Pattern.compile("(?:^|[-_ ])(?:article|content|main|body|entry|"
            + "story|text|post|blog|news|detail|page|container|wrapper|wrap|layout|site|inner|column|col|row)"
            + "(?:[-_ ]|$)", Pattern.CASE_INSENSITIVE);

    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** Beyond this many remembered names (of either kind) the memo starts afresh, so it stays small. */
    private static final int MAX_REMEMBERED = 50_000;
    private static final Map<String, Word> WORDS = new ConcurrentHashMap<>();
    /** The reading of each whole "class id" string: most elements of a page repeat one of a few dozen. */
    private static final Map<String, Naming> NAMINGS = new ConcurrentHashMap<>();

    enum Naming { CHROME, MAYBE_CHROME, NONE }

    /** How one class or id word reads on its own. */
    private enum Word { TAXONOMY, STRONG, STRONG_PLAIN, POSITIVE, NEGATIVE, NEUTRAL }

    /** What the class or id of {@code el} says. */
    static Naming of(Element el) {
        String tag = el.tagName();
        if (tag.equals("body") || tag.equals("html") || tag.equals("article") || tag.equals("main")) {
            return Naming.NONE;
        }
        return remembered(NAMINGS, el.className() + " " + el.id(), ClassNames::namingOf);
    }

    private static <T> T remembered(Map<String, T> memo, String key, Function<String, T> reading) {
        T known = memo.get(key);
        if (known == null) {
            known = reading.apply(key);
            if (memo.size() >= MAX_REMEMBERED) {
                memo.clear();
            }
            memo.put(key, known);
        }
        return known;
    }

    private static Naming namingOf(String classAndId) {
        String names = classAndId.toLowerCase(Locale.ROOT);
        if (COOKIE.matcher(names).find()) {
            return Naming.CHROME;
        }
        String[] tokens = SPACES.split(names);
        boolean content = false;
        for (String token : tokens) {
            content |= CONTENT.matcher(token).matches();
        }
        Naming result = Naming.NONE;
        for (String token : tokens) {
            Word word = remembered(WORDS, token, ClassNames::wordOf);
            // "entry share": a bare word beside a content class styles the content, it does not replace it
            if (word == Word.STRONG || word == Word.STRONG_PLAIN && !content) {
                return Naming.CHROME;
            }
            if (word == Word.STRONG_PLAIN || word == Word.NEGATIVE) {
                result = Naming.MAYBE_CHROME;
            }
        }
        return result;
    }

    private static Word wordOf(String token) {
        if (TAXONOMY.matcher(token).find()) {
            return Word.TAXONOMY;
        }
        if (STRONG.matcher(token).find() || CAPTION.matcher(token).find()) {
            return isPlainWord(token) ? Word.STRONG_PLAIN : Word.STRONG;
        }
        if (POSITIVE.matcher(token).find()) {
            return Word.POSITIVE;
        }
        return NEGATIVE.matcher(token).find() ? Word.NEGATIVE : Word.NEUTRAL;
    }

    private static boolean isPlainWord(String token) {
        return !token.isEmpty() && token.chars().allMatch(c -> c >= 'a' && c <= 'z');
    }
}
