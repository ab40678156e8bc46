package gazette.crawler;

import static gazette.crawler.CrawlFixture.urls;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import gazette.crawler.frontier.MemoryStatusStore;
import gazette.crawler.frontier.UrlState;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Trap guards and rel=canonical, through the crawl: what is fetched, what is recorded. */
class CrawlerTrapsTest {
    private final CrawlFixture fixture = new CrawlFixture();
    private final TestServer server = fixture.server;
    private final MemoryStatusStore store = new MemoryStatusStore();

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void neverFetchesTrapUrlsAndRecordsWhy() {
        server.page("/", "Home", "/a/b/a/b/a/b/", "/calendar?year=2391", "/calendar?year=2024",
                "/" + "long/".repeat(500))
                .page("/calendar?year=2024", "This year");

        CrawlResult result = crawl(fixture.settings());

        assertThat(server.paths()).containsExactly("/robots.txt", "/", "/calendar?year=2024");
        assertThat(result.skipped()).extracting(Skipped::reason).containsExactlyInAnyOrder(
                SkipReason.REPEATING_PATH, SkipReason.QUERY_TRAP, SkipReason.URL_TOO_LONG);
        assertThat(store.get(fixture.url("/calendar?year=2391")).orElseThrow().reason()).isEqualTo("QUERY_TRAP");
    }

    @Test
    void indexesThePageUnderItsCanonicalUrlOnlyWhenTheCanonicalServesTheSameText() {
        String story = "<link rel=\"canonical\" href=\"/story.html\"><title>Story</title>"
                + "<p>The story.</p><a href=\"/related.html\">related</a>";
        server.page("/", "Home", "/story.html?from=home").reply("/story.html?from=home", html(story))
                .reply("/story.html", html(story)).page("/related.html", "Related");

        CrawlResult result = crawl(fixture.settings());

        assertThat(server.paths()).containsExactly("/robots.txt", "/", "/story.html?from=home", "/story.html",
                "/related.html");
        assertThat(result.pages()).containsExactly(fixture.url("/"), fixture.url("/story.html"),
                fixture.url("/related.html"));
        assertThat(result.skipped(SkipReason.CANONICAL)).extracting(Skipped::url, Skipped::detail)
                .containsExactly(tuple(fixture.url("/story.html?from=home"),
                        "canonical=" + fixture.url("/story.html") + " same text"));
        assertThat(store.get(fixture.url("/story.html?from=home")).orElseThrow().reason()).isEqualTo("CANONICAL");
        assertThat(store.get(fixture.url("/story.html")).orElseThrow().state()).isEqualTo(UrlState.DONE);
    }

    @Test
    void aCanonicalServingOtherTextDoesNotSwallowThePage() {
        // A CMS naming the home page as every page's canonical: trusting it would fold the site into one page.
        server.page("/", "Home", "/a.html", "/b.html")
                .reply("/a.html", html("<link rel=\"canonical\" href=\"/\"><title>A</title><p>Text of A.</p>"))
                .reply("/b.html", html("<link rel=\"canonical\" href=\"/new.html\"><title>B</title><p>B.</p>"))
                .page("/new.html", "New");

        CrawlResult result = crawl(fixture.settings());

        assertThat(result.pages()).containsExactly(fixture.url("/"), fixture.url("/a.html"), fixture.url("/new.html"),
                fixture.url("/b.html"));
        assertThat(urls(result, SkipReason.CANONICAL)).isEmpty();
    }

    @Test
    void aCanonicalThatFailsOrLoopsBackLeavesThePageIndexedUnderItsOwnUrl() {
        server.page("/", "Home", "/a.html", "/b.html")
                .reply("/a.html", html("<link rel=\"canonical\" href=\"/missing.html\"><title>A</title>"))
                .reply("/b.html", html("<link rel=\"canonical\" href=\"/b-canonical.html\"><title>B</title>"))
                .redirect("/b-canonical.html", "/b.html");

        CrawlResult result = crawl(fixture.settings());

        assertThat(result.pages()).containsExactly(fixture.url("/"), fixture.url("/a.html"), fixture.url("/b.html"));
        assertThat(result.skipped()).extracting(Skipped::url, Skipped::reason).containsExactly(
                tuple(fixture.url("/missing.html"), SkipReason.HTTP_ERROR),
                tuple(fixture.url("/b-canonical.html"), SkipReason.DUPLICATE));
        assertThat(server.paths()).containsOnlyOnce("/a.html", "/b.html", "/missing.html", "/b-canonical.html");
    }

    @Test
    void aCanonicalOnAnotherSiteOrOnItselfDoesNotStopIndexing() {
        server.page("/", "Home", "/mirror.html", "/self.html")
                .reply("/mirror.html", html("<link rel=\"canonical\" href=\"https://elsewhere.example/x\">"
                        + "<title>Mirror</title>"))
                .reply("/self.html", html("<link rel=\"canonical\" href=\"/self.html\"><title>Self</title>"));

        CrawlResult result = crawl(fixture.settings());

        assertThat(result.pages()).containsExactlyInAnyOrder(fixture.url("/"), fixture.url("/mirror.html"),
                fixture.url("/self.html"));
        assertThat(urls(result, SkipReason.CANONICAL)).isEmpty();
    }

    @Test
    void aRedirectTargetWhoseCanonicalIsTheRequestedUrlIsIndexedNotLost() {
        server.page("/", "Home", "/story.html").redirect("/story.html", "/story.html?session=1")
                .reply("/story.html?session=1", html("<link rel=\"canonical\" href=\"/story.html\">"
                        + "<title>Story</title>"));

        CrawlResult result = crawl(fixture.settings());

        assertThat(result.pages()).containsExactly(fixture.url("/"), fixture.url("/story.html?session=1"));
        assertThat(urls(result, SkipReason.CANONICAL)).isEmpty();
    }

    private CrawlResult crawl(CrawlSettings settings) {
        return new Crawler(settings, new TestExtractor(), fixture.sink, ProgressListener.NONE, store, fixture.clock,
                fixture.clock.sleeper()).crawl();
    }

    private static TestServer.Reply html(String body) {
        return new TestServer.Reply(200, "text/html; charset=utf-8", TestServer.utf8(body), Map.of());
    }
}
