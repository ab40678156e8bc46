package gazette.extraction.title;

import gazette.extraction.meta.JsonLd;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the page title: {@code og:title}, JSON-LD {@code headline}, {@code twitter:title} or {@code <title>}, with
 * the site name cut off; the main {@code <h1>} instead when it says the same (it is often the untruncated
 * original), or when the page declares no title.
 */
public final class TitleFinder {
    private static final int MAX_HEADINGS = 20;

    private TitleFinder() {
    }

    /** The title of {@code doc}, empty when it has none. Call before boilerplate is removed. */
    public static String find(Document doc, JsonLd jsonLd) {
        String siteName = meta(doc, "meta[property=og:site_name], meta[name=application-name]");
        Element titleTag = doc.selectFirst("title"); // may sit in the body of pages with junk before <html>
        String[] declared = {meta(doc, "meta[property=og:title], meta[name=og:title]"),
            jsonLd.first("headline").orElse(""), meta(doc, "meta[name=twitter:title], meta[property=twitter:title]"),
            titleTag == null ? "" : clean(titleTag.text())};
        Optional<String> h1 = mainHeading(doc).filter(h -> !SiteName.normal(h).equals(SiteName.normal(siteName)));
        String best = "";
        for (String d : declared) {
            String stripped = d.isEmpty() ? "" : SiteName.strip(d, siteName);
            if (h1.isPresent() && !stripped.isEmpty() && (similar(h1.get(), stripped) || similar(h1.get(), d))) {
                return h1.get();
            }
            best = best.isEmpty() ? stripped : best;
        }
        if (best.isEmpty()) {
            return h1.orElse("");
        }
        return headingInTitle(doc, declared[3], siteName).orElse(best);
    }

    /**
     * A heading whose words the {@code <title>} repeats, when the main heading is the site's name: pages often
     * give the article heading an {@code h2} and wrap the logo in the {@code h1}.
     */
    private static Optional<String> headingInTitle(Document doc, String titleTag, String siteName) {
        String t = SiteName.normal(titleTag);
        int checked = 0;
        for (Element h : doc.select("h1, h2, h3")) {
            String text = clean(h.text());
            String n = SiteName.normal(text);
            if (n.length() >= 4 && t.contains(n) && n.length() * 4 >= t.length()
                    && !n.equals(SiteName.normal(siteName)) && !n.equals(t)) {
                return Optional.of(text);
            }
            if (++checked >= MAX_HEADINGS) {
                break;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> mainHeading(Document doc) {
        Element h1 = doc.selectFirst("article h1, main h1, [itemprop=headline], [role=main] h1");
        if (h1 == null) {
            h1 = doc.selectFirst("h1");
        }
        String text = h1 == null ? "" : clean(h1.text());
        return text.length() >= 4 ? Optional.of(text) : Optional.empty();
    }

    /** True when the heading is the declared title, allowing a little extra on either side. */
    static boolean similar(String heading, String declared) {
        String h = SiteName.normal(heading);
        String d = SiteName.normal(declared);
        if (h.isEmpty() || d.isEmpty()) {
            return false;
        }
        return h.equals(d) || (d.contains(h) || h.contains(d)) && Math.min(h.length(), d.length()) * 10
                >= Math.max(h.length(), d.length()) * 6;
    }

    private static String meta(Document doc, String query) {
        Element el = doc.selectFirst(query);
        return el == null ? "" : clean(el.attr("content"));
    }

    static String clean(String s) {
        return s == null ? "" : s.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
    }
}
