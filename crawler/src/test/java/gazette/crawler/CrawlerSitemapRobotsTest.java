package gazette.crawler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Sitemaps and redirects are requests like any other: robots.txt of the host they land on decides. */
class CrawlerSitemapRobotsTest {
    private static final String AGENT = "GazetteBot/9.9 (+https://example.org/bot)";

    private final CrawlFixture fixture = new CrawlFixture();
    private final TestServer server = fixture.server;

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void readsTheSitemapsRobotsTxtNamesButNotOneItDisallows() {
        server.robots("User-agent: *\nDisallow: /private/\n\nSitemap: " + fixture.url("/private/sitemap.xml")
                        + "\nSitemap: " + fixture.url("/sitemap.xml") + "\n")
                .reply("/private/sitemap.xml", urlset("/hidden.html")).reply("/sitemap.xml", urlset("/listed.html"))
                .page("/", "Home").page("/listed.html", "Listed").page("/hidden.html", "Hidden");

        CrawlResult result = fixture.crawl(fixture.settings().withSitemaps(true).withUserAgent(AGENT));

        assertThat(server.paths()).containsExactly("/robots.txt", "/sitemap.xml", "/", "/listed.html");
        assertThat(result.skipped(SkipReason.ROBOTS_DISALLOWED)).extracting(Skipped::url, Skipped::detail)
                .containsExactly(tuple(fixture.url("/private/sitemap.xml"),
                        "sitemap: " + server.uri("").toString() + "/robots.txt"));
        assertThat(server.requests()).extracting(TestServer.Request::userAgent).containsOnly(AGENT);
    }

    @Test
    void followsASitemapRedirectOnlyWhereRobotsTxtAllows() {
        server.robots("User-agent: *\nDisallow: /private/\n\nSitemap: " + fixture.url("/old.xml")
                        + "\nSitemap: " + fixture.url("/moved.xml") + "\n")
                .redirect("/old.xml", "/new.xml").reply("/new.xml", urlset("/listed.html"))
                .redirect("/moved.xml", "/private/sitemap.xml").reply("/private/sitemap.xml", urlset("/hidden.html"))
                .page("/", "Home").page("/listed.html", "Listed").page("/hidden.html", "Hidden");

        CrawlResult result = fixture.crawl(fixture.settings().withSitemaps(true).withUserAgent(AGENT));

        assertThat(server.paths()).containsExactly("/robots.txt", "/old.xml", "/new.xml", "/moved.xml", "/",
                "/listed.html");
        assertThat(result.skipped(SkipReason.ROBOTS_DISALLOWED)).extracting(Skipped::url, Skipped::detail)
                .containsExactly(tuple(fixture.url("/moved.xml"), "sitemap: redirects to "
                        + fixture.url("/private/sitemap.xml") + "; " + server.uri("") + "/robots.txt"));
        assertThat(server.requests()).extracting(TestServer.Request::userAgent).containsOnly(AGENT);
    }

    @Test
    void checksARedirectTargetAgainstTheRobotsTxtOfItsOwnHost() {
        try (TestServer other = new TestServer(fixture.clock)) {
            other.robots("User-agent: *\nDisallow: /private/\n").page("/", "Other").page("/private/page.html", "Private");
            server.page("/", "Home", "/go").redirect("/go", other.uri("/private/page.html").toString());
            CrawlSettings settings = fixture.settings().toBuilder()
                    .seeds(List.of(server.uri("/"), other.uri("/"))).build();

            CrawlResult result = fixture.crawl(settings);

            assertThat(other.paths()).doesNotContain("/private/page.html").contains("/robots.txt");
            assertThat(result.skipped(SkipReason.ROBOTS_DISALLOWED)).extracting(Skipped::url, Skipped::detail)
                    .containsExactly(tuple(fixture.url("/go"), "redirects to " + other.uri("/private/page.html")
                            + "; " + other.uri("") + "/robots.txt"));
        }
    }

    private TestServer.Reply urlset(String... paths) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
        for (String path : paths) {
            xml.append("<url><loc>").append(fixture.url(path)).append("</loc></url>");
        }
        return new TestServer.Reply(200, "application/xml", TestServer.utf8(xml.append("</urlset>").toString()),
                Map.of());
    }
}
