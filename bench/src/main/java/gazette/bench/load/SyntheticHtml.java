package gazette.bench.load;

import java.net.URI;

/** The synthetic site's markup: a news page as a ministry's CMS would render it, the home page, the sitemap. */
final class SyntheticHtml {
    private SyntheticHtml() {}

    static String article(SyntheticPages.Article a) {
        StringBuilder out = new StringBuilder(4096);
        out.append("<!DOCTYPE html>\n<html lang=\"").append(a.language().tag()).append("\"><head><meta charset=\"utf-8\">")
                .append("<title>").append(a.title()).append(" | Ministry</title>")
                .append("<meta property=\"article:published_time\" content=\"").append(a.published()).append("\">");
        for (Vocabulary v : Vocabulary.values()) {
            out.append("<link rel=\"alternate\" hreflang=\"").append(v.tag()).append("\" href=\"")
                    .append(SyntheticPages.path(v, a.story())).append("\">");
        }
        out.append("</head><body><header><nav><a href=\"/\">Home</a>");
        for (Vocabulary v : Vocabulary.values()) {
            out.append(" <a href=\"").append(SyntheticPages.path(v, a.story())).append("\">").append(v.tag()).append("</a>");
        }
        out.append("</nav></header><main><article><h1>").append(a.title()).append("</h1>")
                .append("<p class=\"date\"><time datetime=\"").append(a.published()).append("\">")
                .append(a.published()).append("</time></p>");
        a.paragraphs().forEach(p -> out.append("<p>").append(p).append("</p>"));
        out.append("</article><aside><ul>");
        a.links().forEach(l -> out.append("<li><a href=\"").append(l).append("\">").append(l).append("</a></li>"));
        return out.append("</ul></aside></main><footer>© Ministry · <a href=\"/private/x.html\">intranet</a>")
                .append("</footer></body></html>\n").toString();
    }

    static String home() {
        StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>Ministry news</title></head><body><h1>Ministry news</h1><ul>");
        for (Vocabulary v : Vocabulary.values()) {
            out.append("<li><a href=\"").append(SyntheticPages.path(v, 0)).append("\">").append(v.tag()).append("</a></li>");
        }
        return out.append("</ul></body></html>\n").toString();
    }

    static String sitemap(URI base, SyntheticPages pages) {
        StringBuilder out = new StringBuilder(pages.pages() * 80);
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        pages.paths().forEach(p -> out.append("<url><loc>").append(base.resolve(p)).append("</loc></url>\n"));
        return out.append("</urlset>\n").toString();
    }
}
