package gazette.extraction.text;

import gazette.core.Page;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The page's outgoing links, canonical URL and language versions, read from the unmodified document. */
public final class Links {
    private Links() {
    }

    /** Absolute http(s) link targets in document order, without fragments or duplicates. */
    public static List<String> of(Document doc) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (Element a : doc.select("a[href], area[href]")) {
            String url = strip(a.absUrl("href"));
            if (url.startsWith("http://") || url.startsWith("https://")) {
                out.add(url);
            }
        }
        return new ArrayList<>(out);
    }

    /** The {@code rel=canonical} URL, or null. */
    public static String canonical(Document doc) {
        Element link = doc.selectFirst("link[rel~=(?i)^canonical$][href]");
        String url = link == null ? "" : strip(link.absUrl("href"));
        return url.startsWith("http") ? url : null;
    }

    /** hreflang alternates first, then the links of language switchers, one per language. */
    public static List<Page.Alternate> alternates(Document doc) {
        return alternates(doc, LanguageSwitcher.findAll(doc));
    }

    /** As {@link #alternates(Document)}, with the page's language switchers already found. */
    public static List<Page.Alternate> alternates(Document doc, List<Element> switchers) {
        Map<String, Page.Alternate> out = new LinkedHashMap<>();
        for (Element link : doc.select("link[rel~=(?i)alternate][hreflang][href], a[hreflang][href]")) {
            String lang = link.attr("hreflang").strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
            String url = strip(link.absUrl("href"));
            if (!lang.isEmpty() && !lang.equals("x") && url.startsWith("http")) {
                out.putIfAbsent(lang, new Page.Alternate(lang, url));
            }
        }
        for (Element el : switchers) {
            LanguageSwitcher.alternates(el).forEach(a -> out.putIfAbsent(a.language(), a));
        }
        return new ArrayList<>(out.values());
    }

    static String strip(String url) {
        int hash = url.indexOf('#');
        return hash < 0 ? url : url.substring(0, hash);
    }
}
