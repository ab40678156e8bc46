package gazette.extraction.title;

import gazette.extraction.meta.JsonLd;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Finds the page title by agreement between what the page declares ({@code og:title}, JSON-LD {@code headline},
 * Dublin Core, {@code twitter:title}, {@code <title>}, each also with the site name cut off) and what it shows (its
 * headings, never the site's logo or a section's name). A heading that repeats a declared title or one of its parts
 * wins, then a main heading that a declared title confirms (it is the untruncated original; its kicker or subtitle
 * is dropped when a declared title is exactly one part of it), then the declared title, then the main heading.
 */
public final class TitleFinder {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final int MAX_SECTION_NAME = 12;
    /** The declared titles in order of trust; null stands for JSON-LD {@code headline}. Parsed once (see Headings). */
    private static final Evaluator[] DECLARED = {QueryParser.parse("meta[property=og:title], meta[name=og:title]"),
        null, QueryParser.parse("meta[property~=(^|\\s)dc:title(\\s|$)], meta[name=dc.title], meta[name=DC.title]"),
        QueryParser.parse("meta[name=twitter:title], meta[property=twitter:title]"),
        QueryParser.parse("meta[name=parsely-title]")};
    private static final Evaluator TITLE = QueryParser.parse("title");

    private TitleFinder() {
    }

    /** The title of {@code doc}, empty when it has none. Call before boilerplate is removed. */
    public static String find(Document doc, JsonLd jsonLd) {
        List<String> declared = declared(doc, jsonLd);
        Site site = Site.of(doc, declared);
        List<String> stripped = declared.stream().map(d -> SiteName.strip(d, site)).toList();
        List<String> forms = new ArrayList<>(declared);
        forms.addAll(stripped);
        List<Element> headings = Headings.main(doc, site);
        return repeated(doc, site, declared, forms, headings)
                .or(() -> confirmed(headings, forms))
                .or(() -> stripped.stream().filter(s -> !site.names(s)).findFirst())
                .or(() -> headings.stream().map(h -> clean(h.text())).findFirst())
                .orElse(stripped.isEmpty() ? "" : stripped.getFirst());
    }

    /**
     * A heading that says what a declared title says, or exactly one part of it ("Blog » Post title"); a main
     * heading that is one part beside the site's name beats a subheading that is another (title over subtitle).
     */
    private static Optional<String> repeated(Document doc, Site site, List<String> declared, List<String> forms,
            List<Element> main) {
        DeclaredParts parts = DeclaredParts.of(declared, site);
        Set<Element> candidates = new LinkedHashSet<>(main);
        candidates.addAll(Headings.all(doc, site));
        List<String> normalForms = forms.stream().map(SiteName::normal).toList();
        for (Element h : candidates) {
            String text = SiteName.normal(h.text());
            if (isSectionName(h, declared)) {
                continue;
            }
            boolean edge = parts.edges().contains(text); // the site name, unless a stripped form says so
            if (main.contains(h) && parts.besideSiteName().contains(text)
                    || normalForms.subList(edge ? forms.size() / 2 : 0, forms.size()).stream()
                            .anyMatch(f -> similarNormal(text, f))) {
                return Optional.of(withoutAddition(h, forms));
            }
        }
        return Optional.empty();
    }

    /**
     * True when the heading is one short word that a declared title of several words leaves out: the section's
     * name shown above the article ("News" on a page whose {@code og:title} names the article).
     */
    private static boolean isSectionName(Element heading, List<String> declared) {
        String text = clean(heading.text());
        if (text.length() > MAX_SECTION_NAME || SPACES.matcher(text).find()) {
            return false;
        }
        String word = SiteName.normal(text);
        return declared.stream().anyMatch(d -> SPACES.split(d).length >= 3 && !SiteName.normal(d).contains(word));
    }

    private static Optional<String> confirmed(List<Element> headings, List<String> forms) {
        List<String> distinct = forms.stream().distinct().toList(); // og:title, twitter:title and <title> often agree
        for (Element h : headings) {
            if (distinct.stream().anyMatch(f -> Agreement.agrees(h.text(), f))) {
                return Optional.of(withoutAddition(h, forms));
            }
        }
        return Optional.empty();
    }

    /**
     * The part of the heading a declared title repeats, when the heading's markup sets it apart from a kicker or
     * subtitle ({@code <h1><span>Kicker</span> Title</h1>}); else the whole heading.
     */
    private static String withoutAddition(Element heading, List<String> forms) {
        String whole = SiteName.normal(heading.text());
        List<String> pieces = new ArrayList<>();
        pieces.add(heading.ownText());
        for (Element child : heading.getAllElements().subList(1, heading.getAllElements().size())) {
            pieces.add(child.text());
            pieces.add(child.ownText());
        }
        for (String piece : pieces) {
            String n = SiteName.normal(piece);
            if (n.length() >= 6 && n.length() < whole.length()
                    && forms.stream().anyMatch(f -> SiteName.normal(f).equals(n))) {
                return clean(piece);
            }
        }
        return clean(heading.text());
    }

    private static List<String> declared(Document doc, JsonLd jsonLd) {
        List<String> out = new ArrayList<>();
        for (Evaluator query : DECLARED) {
            out.add(query == null ? clean(jsonLd.first("headline").orElse("")) : meta(doc, query));
        }
        Element titleTag = doc.selectFirst(TITLE); // may sit in the body of pages with junk before <html>
        out.add(titleTag == null ? "" : clean(titleTag.text()));
        out.removeIf(String::isEmpty);
        return out;
    }

    /** True when the heading is the declared title, allowing a little extra on either side. */
    private static boolean similarNormal(String h, String d) {
        if (h.isEmpty() || d.isEmpty()) {
            return false;
        }
        return h.equals(d) || (d.contains(h) || h.contains(d)) && Math.min(h.length(), d.length()) * 10
                >= Math.max(h.length(), d.length()) * 6;
    }

    private static String meta(Document doc, Evaluator query) {
        Element el = doc.selectFirst(query);
        return el == null ? "" : clean(el.attr("content"));
    }

    static String clean(String s) {
        return s == null ? "" : SPACES.matcher(s.replace('\u00A0', ' ').replace("\u00AD", "")).replaceAll(" ").strip();
    }
}
