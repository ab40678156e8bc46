package gazette.extraction.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class LinksTest {

    @Test
    void resolvesRelativeLinksKeepsAbsoluteOnesAsWrittenAndSkipsOtherSchemes() {
        Document doc = Jsoup.parse("<body><a href='/a/x.html#top'>1</a><a href='y.html?p=2'>2</a>"
                + "<a href='https://other.example/z'>3</a><a href='https://other.example/q/../r'>4</a>"
                + "<a href='mailto:press@city.example'>5</a><a href='javascript:void(0)'>6</a>"
                + "<a href='HTTPS://Other.example/u'>7</a><a href=' ../b/c.html '>8</a><a href='#'>9</a>"
                + "<a href='/a/x.html'>10</a></body>", "https://city.example/news/2024/page.html");
        assertThat(Links.of(doc)).containsExactly("https://city.example/a/x.html",
                "https://city.example/news/2024/y.html?p=2", "https://other.example/z", "https://other.example/q/../r",
                "https://Other.example/u", "https://city.example/news/b/c.html",
                "https://city.example/news/2024/page.html");
    }

    @Test
    void baseElementChangesWhereRelativeLinksPoint() {
        Document doc = Jsoup.parse("<head><base href='https://cdn.example/site/'></head><body>"
                + "<a href='p.html'>p</a></body>", "https://city.example/news/");
        assertThat(Links.of(doc)).containsExactly("https://cdn.example/site/p.html");
    }

    /** Plain root-relative links skip the URL parser; they must come out as jsoup's own resolution gives them. */
    @Test
    void rootRelativeLinksResolveAsJsoupResolvesThem() {
        String[] hrefs = {"/a/b.html", "/a?x=1&y=2#f", "/", "/a/../b", "/./c", "//cdn.example/x", "/%7Euser/",
            "/a:b", "/a b", "/ü"};
        StringBuilder html = new StringBuilder("<body>");
        for (String href : hrefs) {
            html.append("<a href='").append(href).append("'>x</a>");
        }
        for (String base : List.of("https://user@city.example:8443/news/page.html", "http://City.Example/n/",
                "file:/tmp/page.html")) {
            Document doc = Jsoup.parse(html.toString(), base);
            List<String> jsoup = doc.select("a").stream().map(a -> Links.strip(a.absUrl("href")))
                    .filter(u -> u.startsWith("http://") || u.startsWith("https://")).distinct().toList();
            assertThat(Links.of(doc)).as(base).isEqualTo(jsoup);
        }
        assertThat(Links.of(Jsoup.parse(html.toString(), "https://user@city.example:8443/news/page.html")))
                .startsWith("https://city.example:8443/a/b.html", "https://city.example:8443/a?x=1&y=2");
    }
}
