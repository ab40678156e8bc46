package gazette.samplesite;

import java.net.URI;
import java.util.Map;

/** The layout every HTML page shares: head with canonical and alternates, header with menu and switcher, footer. */
final class PageTemplate {
    static final String PRESS_EMAIL = "press@ministry.example";
    private static final String STYLE = "body{font-family:sans-serif;max-width:60em;margin:auto}"
            + ".language-switcher ul,.main-menu ul,.footer-links{display:flex;gap:1em;list-style:none;padding:0}";

    private final URI base;
    private final SiteLanguage english;

    PageTemplate(URI base, SiteLanguage english) {
        this.base = base;
        this.english = english;
    }

    /**
     * What the {@code <head>} says about a page.
     *
     * @param title      the whole {@code <title>} text
     * @param alternates language code → path of this page in that language (empty for none)
     * @param indexable  false for navigation pages, which ask robots to follow their links but not index them
     */
    record Head(String title, String canonicalPath, Map<String, String> alternates, boolean indexable) {}

    /**
     * A whole page.
     *
     * @param switcher language → link target for the switcher, in switcher order
     * @param main     the page's own HTML, already escaped
     */
    String page(SiteLanguage language, Head head, Map<SiteLanguage, String> switcher, String main) {
        return "<!DOCTYPE html>\n<html lang=\"" + language.code() + "\" dir=\"" + language.dir() + "\">\n"
                + head(head)
                + "<body>\n" + header(language, switcher)
                + "<main id=\"content\">\n" + main + "</main>\n"
                + footer(language) + "</body>\n</html>\n";
    }

    /** The full {@code <title>}: the page's headline, then the ministry. */
    static String title(String headline, SiteLanguage language) {
        return headline + " - " + language.ministry();
    }

    String absolute(String path) {
        return base.resolve(path).toString();
    }

    private String head(Head head) {
        StringBuilder out = new StringBuilder("<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append(head.indexable() ? "" : "<meta name=\"robots\" content=\"noindex, follow\">\n")
                .append("<title>").append(Html.escape(head.title())).append("</title>\n")
                .append("<link rel=\"canonical\" href=\"").append(absolute(head.canonicalPath())).append("\">\n");
        Map<String, String> alternates = head.alternates();
        alternates.forEach((code, path) -> out.append(alternate(code, path)));
        if (alternates.containsKey(english.code())) {
            out.append(alternate("x-default", alternates.get(english.code())));
        }
        return out.append("<style>").append(STYLE).append("</style>\n</head>\n").toString();
    }

    private String alternate(String hreflang, String path) {
        return "<link rel=\"alternate\" hreflang=\"" + hreflang + "\" href=\"" + absolute(path) + "\">\n";
    }

    private static String header(SiteLanguage language, Map<SiteLanguage, String> switcher) {
        SiteLanguage.Labels labels = language.labels();
        String news = SitePaths.listing(language.code(), 1);
        return "<header class=\"site-header\">\n"
                + "<div class=\"brand\"><a href=\"" + news + "\">" + Html.escape(language.ministry()) + "</a></div>\n"
                + "<nav class=\"main-menu\"><ul>"
                + item(SitePaths.HOME, labels.home()) + item(news, labels.news())
                + item("mailto:" + PRESS_EMAIL, labels.contact()) + "</ul></nav>\n"
                + switcher(language, switcher) + "</header>\n";
    }

    private static String switcher(SiteLanguage current, Map<SiteLanguage, String> targets) {
        StringBuilder out = new StringBuilder("<nav class=\"language-switcher\" aria-label=\"")
                .append(Html.escape(current.labels().languages())).append("\"><ul>");
        targets.forEach((language, path) -> out.append("<li><a href=\"").append(path)
                .append("\" hreflang=\"").append(language.code()).append("\" lang=\"").append(language.code())
                .append(language.equals(current) ? "\" class=\"active\" aria-current=\"page\">" : "\">")
                .append(Html.escape(language.name())).append("</a></li>"));
        return out.append("</ul></nav>\n").toString();
    }

    private static String footer(SiteLanguage language) {
        SiteLanguage.Labels labels = language.labels();
        return "<footer class=\"site-footer\">\n"
                + "<p class=\"copyright\">© 2025 " + Html.escape(language.ministry()) + "</p>\n"
                + "<ul class=\"footer-links\">" + item("mailto:" + PRESS_EMAIL, labels.press())
                + item("tel:+15550100", "+1 555 0100") + item(SitePaths.PRIVATE, labels.intranet())
                + item(SitePaths.SITEMAP, "Sitemap") + "</ul>\n"
                + "<p class=\"attribution\">Texts: Wikipedia, via the XQuAD-R data set "
                + "(<a href=\"https://creativecommons.org/licenses/by-sa/4.0/\">CC BY-SA 4.0</a>).</p>\n"
                + "</footer>\n";
    }

    static String item(String href, String text) {
        return "<li><a href=\"" + Html.escape(href) + "\">" + Html.escape(text) + "</a></li>";
    }
}
