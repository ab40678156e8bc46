package gazette.extraction.text;

import gazette.core.Page;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/** The page's outgoing links, canonical URL and language versions, read from the unmodified document. */
public final class Links {
    /**
     * An absolute http(s) URL of plain characters, without user info or dot segments: resolving it against the base
     * returns it unchanged, so the costly resolution is skipped.
     */
    private static final Pattern PLAIN_ABSOLUTE = Pattern.compile(
            "https?://[A-Za-z0-9.-]+(?::\\d+)?(?:[/?#][A-Za-z0-9\\-._~:/?#\\[\\]!$&'()*+,;=%]*)?");

    /** A root-relative path of the same plain characters, without dot segments: it keeps the base's origin only. */
    private static final Pattern PLAIN_PATH = Pattern.compile("/(?:[A-Za-z0-9\\-._~:/?#\\[\\]!$&'()*+,;=%]*)?");

    /** "mailto:", "javascript:", "tel:" and the like: never an http(s) link, whatever the base. */
    private static final Pattern OTHER_SCHEME = Pattern.compile("\\s*(?!(?i)https?:)[a-zA-Z][a-zA-Z0-9+.-]*:");
    private static final Evaluator LINKS = QueryParser.parse("a[href], area[href]");
    private static final Evaluator CANONICAL = QueryParser.parse("link[rel~=(?i)^canonical$][href]");
    private static final Evaluator HREFLANG = QueryParser.parse(
            "link[rel~=(?i)alternate][hreflang][href], a[hreflang][href]");

    private Links() {
    }

    /** Absolute http(s) link targets in document order, without fragments or duplicates. */
    public static List<String> of(Document doc) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        Map<String, Optional<URL>> bases = new HashMap<>();
        for (Element a : doc.select(LINKS)) {
            String href = a.attr("href");
            if (OTHER_SCHEME.matcher(href).lookingAt()) {
                continue;
            }
            String url = strip(target(a, href, bases));
            if (url.startsWith("http://") || url.startsWith("https://")) {
                out.add(url);
            }
        }
        return new ArrayList<>(out);
    }

    /** What {@code a.absUrl("href")} gives, sparing the resolution for plain absolute and root-relative links. */
    private static String target(Element a, String href, Map<String, Optional<URL>> bases) {
        boolean plain = !href.contains("/.");
        if (plain && PLAIN_ABSOLUTE.matcher(href).matches()) {
            return href;
        }
        Optional<URL> base = bases.computeIfAbsent(a.baseUri(), Links::parse);
        boolean web = base.isPresent() && (base.get().getProtocol().equals("http")
                || base.get().getProtocol().equals("https"));
        if (web && plain && !href.startsWith("//") && PLAIN_PATH.matcher(href).matches()) {
            URL b = base.get();
            return b.getProtocol() + "://" + b.getHost() + (b.getPort() < 0 ? "" : ":" + b.getPort()) + href;
        }
        return resolve(a, href, base);
    }

    /**
     * What {@code a.absUrl("href")} gives, against a base URL parsed once per page rather than once per link
     * (jsoup re-parses it for every call); anything unusual goes through jsoup itself.
     */
    private static String resolve(Element a, String href, Optional<URL> base) {
        try {
            return base.isPresent() ? StringUtil.resolve(base.get(), href).toExternalForm() : a.absUrl("href");
        } catch (MalformedURLException | RuntimeException e) {
            return a.absUrl("href");
        }
    }

    private static Optional<URL> parse(String base) {
        try {
            return Optional.of(URI.create(base).toURL());
        } catch (MalformedURLException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The {@code rel=canonical} URL, or null. */
    public static String canonical(Document doc) {
        Element link = doc.selectFirst(CANONICAL);
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
        for (Element link : doc.select(HREFLANG)) {
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
