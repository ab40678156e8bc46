package gazette.crawler;

import static org.assertj.core.api.Assertions.assertThat;

import gazette.core.Page;
import gazette.crawler.frontier.MemoryStatusStore;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Sitemap indexes, news sitemaps, lastmod and hreflang alternates, over runs sharing one frontier and clock. */
class CrawlerSitemapTest {
    private static final String URLSET = "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" "
            + "xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\" "
            + "xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">";

    private final CrawlFixture fixture = new CrawlFixture();
    private final TestServer server = fixture.server;
    private final MemoryStatusStore store = new MemoryStatusStore();

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void followsSitemapIndexesAndNewsSitemapsAndPassesHreflangAlternatesOn() {
        site("2024-12-01", "2024-12-01");

        CrawlResult result = crawl(Duration.ZERO);

        assertThat(result.pages()).contains(fixture.url("/a.html"), fixture.url("/b.html"), fixture.url("/news.html"));
        Page a = fixture.sink.pages.stream().filter(p -> p.url().equals(fixture.url("/a.html"))).findFirst()
                .orElseThrow();
        assertThat(a.alternates()).containsExactly(new Page.Alternate("fr", fixture.url("/fr/a.html")));
    }

    @Test
    void skipsTheRefetchOfPagesWhoseLastmodIsNotNewerThanTheLastFetch() throws InterruptedException {
        site("2024-12-01", "2024-12-01");
        crawl(Duration.ZERO);
        fixture.clock.sleeper().sleep(Duration.ofDays(1));
        site("2024-12-01", "2025-01-01T12:00:00Z");

        CrawlResult second = crawl(Duration.ZERO);

        assertThat(count("/a.html")).isEqualTo(1);
        assertThat(count("/b.html")).isEqualTo(2);
        assertThat(second.skipped(SkipReason.SITEMAP_UNCHANGED)).extracting(Skipped::url)
                .contains(fixture.url("/a.html")).doesNotContain(fixture.url("/b.html"));
        assertThat(store.get(fixture.url("/a.html")).orElseThrow().reason()).isEqualTo("SITEMAP_UNCHANGED");
    }

    @Test
    void fetchesAPageBeforeItsDueTimeWhenTheSitemapSaysItChanged() throws InterruptedException {
        site("2024-12-01", "2024-12-01");
        crawl(Duration.ofDays(7));
        fixture.clock.sleeper().sleep(Duration.ofHours(1));
        site("2024-12-01", "2025-01-01T00:30:00Z");

        crawl(Duration.ofDays(7));

        assertThat(count("/a.html")).isEqualTo(1);
        assertThat(count("/b.html")).isEqualTo(2);
    }

    @Test
    void readsTheSitemapsASiteNamesBesidesRobotsTxtAndKeepsToItsUrlPatterns() {
        String pages = URLSET + "<url><loc>" + fixture.url("/news/1.html") + "</loc></url>"
                + "<url><loc>" + fixture.url("/news/archive/2.html") + "</loc></url>"
                + "<url><loc>" + fixture.url("/about.html") + "</loc></url></urlset>";
        server.robots("User-agent: *\nAllow: /\n").reply("/feeds/pages.xml", xml(pages))
                .page("/", "Home").page("/news/1.html", "One").page("/news/archive/2.html", "Two")
                .page("/about.html", "About");
        CrawlSettings settings = fixture.settings().toBuilder().sitemaps(true)
                .sitemapUrls(java.util.List.of(server.uri("/feeds/pages.xml")))
                .filter(gazette.crawler.scope.UrlFilter.of(java.util.List.of("/news/", "/$"),
                        java.util.List.of("/archive/")))
                .build();

        CrawlResult result = new Crawler(settings, new TestExtractor(), fixture.sink, ProgressListener.NONE, store,
                fixture.clock, fixture.clock.sleeper()).crawl();

        assertThat(result.pages()).contains(fixture.url("/news/1.html"));
        assertThat(CrawlFixture.urls(result, SkipReason.FILTERED))
                .contains(fixture.url("/news/archive/2.html"), fixture.url("/about.html"));
        assertThat(count("/feeds/pages.xml")).isEqualTo(1);
        assertThat(count("/about.html")).isZero();
        assertThat(count("/news/archive/2.html")).isZero();
    }

    /** robots.txt names a sitemap index, which names a page sitemap and a news sitemap. */
    private void site(String aLastmod, String bLastmod) {
        String index = "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                + "<sitemap><loc>" + fixture.url("/pages.xml") + "</loc></sitemap>"
                + "<sitemap><loc>" + fixture.url("/news.xml") + "</loc></sitemap></sitemapindex>";
        String pages = URLSET
                + "<url><loc>" + fixture.url("/a.html") + "</loc><lastmod>" + aLastmod + "</lastmod>"
                + "<xhtml:link rel=\"alternate\" hreflang=\"fr\" href=\"" + fixture.url("/fr/a.html") + "\"/>"
                + "<xhtml:link rel=\"alternate\" hreflang=\"en\" href=\"" + fixture.url("/a.html") + "\"/></url>"
                + "<url><loc>" + fixture.url("/b.html") + "</loc><lastmod>" + bLastmod + "</lastmod></url>"
                + "</urlset>";
        String news = URLSET + "<url><loc>" + fixture.url("/news.html") + "</loc><news:news><news:publication>"
                + "<news:name>Gazette</news:name><news:language>en</news:language></news:publication>"
                + "<news:publication_date>2024-12-01</news:publication_date><news:title>News</news:title>"
                + "</news:news></url></urlset>";
        server.robots("User-agent: *\nAllow: /\nSitemap: " + fixture.url("/index.xml") + "\n")
                .reply("/index.xml", xml(index)).reply("/pages.xml", xml(pages)).reply("/news.xml", xml(news))
                .page("/", "Home").page("/a.html", "A").page("/b.html", "B").page("/news.html", "News")
                .page("/fr/a.html", "A en français");
    }

    private CrawlResult crawl(Duration revisitAfter) {
        CrawlSettings settings = fixture.settings().toBuilder().sitemaps(true).revisitAfter(revisitAfter).build();
        return new Crawler(settings, new TestExtractor(), fixture.sink, ProgressListener.NONE, store, fixture.clock,
                fixture.clock.sleeper()).crawl();
    }

    private long count(String path) {
        return server.paths().stream().filter(path::equals).count();
    }

    private static TestServer.Reply xml(String body) {
        return new TestServer.Reply(200, "application/xml", TestServer.utf8(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + body), Map.of());
    }
}
