package gazette.extraction.title;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The site a page belongs to, by its declared names ({@code og:site_name}, {@code application-name}) and its host,
 * so that a title part or heading that only names the site ("Disfunctions.de", "seelenradio") can be told apart.
 */
record Site(List<String> names, String host, String hostLabel) {
    /** Second-level labels under which the registered name sits one label further left (bbc.co.uk, abc.net.au). */
    private static final Set<String> SECOND_LEVEL = Set.of("co", "com", "net", "org", "gov", "ac", "edu", "or", "ne",
            "go", "gv");
    private static final int MIN_PREFIX_NAME = 8;
    private static final int MAX_LOGO_CANDIDATES = 10;
    private static final Evaluator DECLARED_NAME = QueryParser.parse(
            "meta[property=og:site_name], meta[name=application-name]");
    private static final Evaluator LOGO_HEADINGS = QueryParser.parse("h1, h2");

    /**
     * The site of {@code doc}. A declared name that repeats one of the page's titles is a mistake when the page
     * declares another name (application-name set to the article title); alone, it means the title names the site.
     */
    static Site of(Document doc, List<String> titles) {
        List<String> normalTitles = titles.stream().map(SiteName::normal).toList();
        List<String> declared = doc.select(DECLARED_NAME).stream()
                .map(m -> SiteName.normal(m.attr("content"))).filter(n -> !n.isEmpty()).distinct().toList();
        List<String> names = new ArrayList<>(declared.stream().filter(n -> !normalTitles.contains(n)).toList());
        if (names.isEmpty()) {
            names.addAll(declared);
        }
        logos(doc).forEach(names::add);
        String host = host(doc.location());
        return new Site(List.copyOf(names), SiteName.normal(host), SiteName.normal(label(host)));
    }

    /** True when {@code text} is the site's name or host, a part of its name, or its name with an addition. */
    boolean names(String text) {
        String n = SiteName.normal(text);
        if (n.isEmpty()) {
            return false;
        }
        for (String name : names) {
            if (n.equals(name) || n.length() > 3 && name.contains(n)
                    || name.length() >= MIN_PREFIX_NAME && n.startsWith(name)) {
                return true;
            }
        }
        return n.equals(host) || n.equals(hostLabel) || HostSpelling.spells(hostLabel, text);
    }

    /** True when the heading is the site's logo: it names the site or only links to a front page. */
    boolean isLogo(Element heading) {
        return names(heading.text()) || Headings.linksHome(heading);
    }

    /** The texts of headings that only link to a front page: the site's name as its logo. */
    private static List<String> logos(Document doc) {
        List<String> out = new ArrayList<>();
        for (Element h : doc.select(LOGO_HEADINGS).stream().limit(MAX_LOGO_CANDIDATES).toList()) {
            String n = SiteName.normal(h.text());
            if (!n.isEmpty() && Headings.linksHome(h)) {
                out.add(n);
            }
        }
        return out;
    }

    private static String host(String location) {
        try {
            String host = location == null || location.isEmpty() ? null : URI.create(location).getHost();
            return host == null ? "" : host.toLowerCase(Locale.ROOT).replaceFirst("^www\\d?\\.", "");
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static String label(String host) {
        String[] labels = host.split("\\.");
        if (labels.length < 2) {
            return "";
        }
        int i = labels.length - 2;
        return SECOND_LEVEL.contains(labels[i]) && i > 0 ? labels[i - 1] : labels[i];
    }
}
