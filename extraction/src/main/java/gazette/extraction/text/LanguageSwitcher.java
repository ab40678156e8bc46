package gazette.extraction.text;

import gazette.core.Page;
import gazette.extraction.lang.LanguageNames;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

/** Recognises a language switcher: an element whose text is only language names or whose links are labelled so. */
public final class LanguageSwitcher {
    private static final int MAX_TEXT = 300;
    /** "EN" or "de-AT" alone is a toggle only when the link also declares its language. */
    private static final Pattern BARE_CODE = Pattern.compile("(?i)[a-z]{2}(?:[-_]?[a-z]{2})?");
    private static final Evaluator LABELLED_LINKS = QueryParser.parse("a[href], option[value]");

    private LanguageSwitcher() {
    }

    /** The outermost language switchers under {@code root}, in document order. */
    public static List<Element> findAll(Element root) {
        Set<Element> candidates = candidates(root);
        List<Element> out = new ArrayList<>();
        if (candidates.isEmpty()) {
            return out;
        }
        for (Element el : root.getAllElements()) {
            if (candidates.contains(el) && !insideAny(el, out) && is(el)) {
                out.add(el);
            }
        }
        return out;
    }

    /**
     * The short elements holding a text that starts with a language name or code: every switcher is one of them,
     * and finding them in one pass spares reading the text of every other element on the page.
     */
    private static Set<Element> candidates(Element root) {
        Set<Element> out = Collections.newSetFromMap(new IdentityHashMap<>());
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode t && LanguageNames.startsWithName(t.getWholeText())) {
                Element el = t.parent();
                while (el != null && !out.contains(el) && TextLengths.atMost(el, MAX_TEXT)) {
                    out.add(el);
                    el = el == root ? null : el.parent();
                }
            }
        }, root);
        return out;
    }

    private static boolean insideAny(Element el, List<Element> found) {
        return !found.isEmpty() && el.parents().contains(found.getLast());
    }

    /** True when {@code el} is a language switcher, e.g. {@code English | Français | 中文}. */
    public static boolean is(Element el) {
        String text = el.text();
        if (text.isBlank() || text.length() > MAX_TEXT * 2) {
            return false;
        }
        int spanned = LanguageNames.namesSpanning(text);
        if (spanned >= 3) {
            return true;
        }
        List<Element> labels = labels(el);
        if (labels.size() == 1) {
            return isToggle(el, labels.getFirst());
        }
        if (labels.isEmpty()) {
            return false;
        }
        long named = labels.stream().filter(a -> LanguageNames.codeOf(a.text()).isPresent()).count();
        return named >= 2 && named * 5 >= labels.size() * 4 && spanned + named >= 3;
    }

    private static List<Element> labels(Element el) {
        List<Element> labels = new ArrayList<>(el.getElementsByTag("a"));
        labels.addAll(el.getElementsByTag("option"));
        return labels;
    }

    /**
     * A lone link to the other language version ("English", "中文"): the element is nothing but that link, and the
     * link stands on its own rather than inside a sentence ("read this in <a>English</a>").
     */
    private static boolean isToggle(Element el, Element label) {
        Element parent = label.parent();
        return label.normalName().equals("a") && el.text().equals(label.text())
                && LanguageNames.codeOf(label.text()).isPresent() && (label.hasAttr("hreflang")
                || label.hasAttr("lang") || !BARE_CODE.matcher(label.text().strip()).matches())
                && (parent == null || parent.ownText().chars().noneMatch(Character::isLetter));
    }

    /** The switcher's links as alternates, resolved against the page URL. */
    public static List<Page.Alternate> alternates(Element switcher) {
        List<Page.Alternate> out = new ArrayList<>();
        for (Element a : switcher.select(LABELLED_LINKS)) {
            Optional<String> code = LanguageNames.codeOf(a.text());
            String url = a.hasAttr("href") ? a.absUrl("href") : a.absUrl("value");
            if (code.isPresent() && url.startsWith("http")) {
                out.add(new Page.Alternate(code.get(), Links.strip(url)));
            }
        }
        return out;
    }
}
