package gazette.extraction.title;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The page's own headings that could be its title: those inside the article first, then the others in page order;
 * never the site's logo (a heading that names the site or only links to a front page).
 */
final class Headings {
    // Parsed once: jsoup parses a query string again on every select.
    private static final Evaluator MAIN = QueryParser.parse("article h1, main h1, [itemprop=headline], [role=main] h1");
    private static final Evaluator H1 = QueryParser.parse("h1");
    private static final Evaluator H1_TO_H3 = QueryParser.parse("h1, h2, h3");
    private static final Evaluator LINK = QueryParser.parse("a[href]");
    private static final int MAX_HEADINGS = 20;
    private static final int MAX_TITLE_CHARS = 300;
    private static final Pattern FRONT_PAGE_PATH = Pattern.compile("/(index\\.\\w+)?");

    private Headings() {
    }

    /** The candidate {@code h1}s (and article headlines), article ones first. */
    static List<Element> main(Document doc, Site site) {
        Set<Element> out = new LinkedHashSet<>();
        addAll(doc.select(MAIN), site, out);
        addAll(doc.select(H1), site, out);
        return new ArrayList<>(out);
    }

    /** The candidate {@code h1}–{@code h3}, in page order. */
    static List<Element> all(Document doc, Site site) {
        Set<Element> out = new LinkedHashSet<>();
        addAll(doc.select(H1_TO_H3), site, out);
        return new ArrayList<>(out);
    }

    private static void addAll(List<Element> headings, Site site, Set<Element> out) {
        int checked = 0;
        for (Element h : headings) {
            int length = TitleFinder.clean(h.text()).length();
            if (length >= 4 && length <= MAX_TITLE_CHARS && !site.isLogo(h)) {
                out.add(h);
            }
            if (++checked >= MAX_HEADINGS) {
                return;
            }
        }
    }

    /** True when the heading's text is one link to a site's front page: the blog or site name as a logo. */
    static boolean linksHome(Element heading) {
        Element link = heading.selectFirst(LINK);
        if (link == null || link.text().length() < heading.text().length()) {
            return false;
        }
        String href = link.attr("href").strip();
        if (FRONT_PAGE_PATH.matcher(href).matches()) {
            return true; // "/" is the front page whatever the base; a page read from disk has no host to resolve it
        }
        try {
            URI uri = URI.create(link.absUrl("href").replace(" ", "%20"));
            String path = uri.getPath() == null ? "" : uri.getPath();
            return uri.getHost() != null && uri.getQuery() == null
                    && (path.isEmpty() || FRONT_PAGE_PATH.matcher(path).matches());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
