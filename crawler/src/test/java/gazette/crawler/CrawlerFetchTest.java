package gazette.crawler;

import static gazette.crawler.CrawlFixture.urls;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import gazette.core.Page;
import java.net.URI;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CrawlerFetchTest {
    private final CrawlFixture fixture = new CrawlFixture();
    private final TestServer server = fixture.server;

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void detectsRedirectLoops() {
        server.page("/", "Home", "/a").redirect("/a", "/b").redirect("/b", "/a");

        CrawlResult result = fixture.crawl(fixture.settings());

        assertThat(server.paths()).containsExactly("/robots.txt", "/", "/a", "/b");
        assertThat(urls(result, SkipReason.REDIRECT_LOOP)).containsExactly(fixture.url("/a"));
    }

    @Test
    void stopsAfterTheRedirectHopLimit() {
        server.page("/", "Home", "/r1").redirect("/r1", "/r2").redirect("/r2", "/r3").redirect("/r3", "/r4")
                .page("/r4", "Four");

        CrawlSettings settings = fixture.settings();

        CrawlResult result = fixture.crawl(settings.withFetch(settings.fetch().withMaxRedirects(2)));

        assertThat(server.paths()).containsExactly("/robots.txt", "/", "/r1", "/r2", "/r3");
        assertThat(urls(result, SkipReason.TOO_MANY_REDIRECTS)).containsExactly(fixture.url("/r1"));
    }

    @Test
    void pagesTakeTheUrlTheyWereRedirectedTo() {
        server.page("/", "Home", "/old.html").redirect("/old.html", "/new.html").page("/new.html", "New");

        CrawlResult result = fixture.crawl(fixture.settings());

        assertThat(result.pages()).containsExactly(fixture.url("/"), fixture.url("/new.html"));
        Page moved = fixture.sink.pages.get(1);
        assertThat(moved.title()).isEqualTo("New");
        assertThat(moved.site()).isEqualTo("127.0.0.1");
        assertThat(moved.crawled()).isEqualTo(TestClock.START.plusSeconds(3));
    }

    @Test
    void redirectToAKnownUrlIsADuplicateNotASecondFetch() {
        server.page("/", "Home", "/old.html", "/new.html").redirect("/old.html", "/new.html").page("/new.html", "New");

        CrawlResult result = fixture.crawl(fixture.settings());

        assertThat(server.paths()).containsExactly("/robots.txt", "/", "/old.html", "/new.html");
        assertThat(result.skipped(SkipReason.DUPLICATE)).containsExactly(new Skipped(fixture.url("/old.html"),
                SkipReason.DUPLICATE, "redirects to " + fixture.url("/new.html") + ", already known"));
    }

    @Test
    void fetchesAPageOnceHoweverItsLinksSpellIt() {
        server.page("/", "Home", "/a", "/a#top", "/b/../a", "/b").page("/a", "A", "/", "/a#end", "/./b")
                .page("/b", "B", "/a", "/#top");

        CrawlResult result = fixture.crawl(fixture.settings());

        assertThat(server.paths()).containsExactlyInAnyOrder("/robots.txt", "/", "/a", "/b");
        assertThat(result.pages()).containsExactlyInAnyOrder(fixture.url("/"), fixture.url("/a"), fixture.url("/b"));
    }

    @Test
    void doesNotFollowRedirectsOutOfScope() {
        String elsewhere = "http://localhost:" + server.uri("/").getPort() + "/x.html";
        server.page("/", "Home", "/out").redirect("/out", elsewhere);

        CrawlResult result = fixture.crawl(fixture.settings());

        assertThat(server.paths()).containsExactly("/robots.txt", "/", "/out");
        assertThat(urls(result, SkipReason.OUT_OF_SCOPE)).containsExactly(fixture.url("/out"));
    }

    @Test
    void skipsNonHtmlWithItsContentType() {
        server.page("/", "Home", "/report.pdf")
                .reply("/report.pdf", new TestServer.Reply(200, "application/pdf", new byte[100], Map.of()));

        CrawlResult result = fixture.crawl(fixture.settings());

        assertThat(result.skipped()).containsExactly(
                new Skipped(fixture.url("/report.pdf"), SkipReason.NOT_HTML, "content-type=application/pdf"));
        assertThat(fixture.sink.urls()).containsExactly(fixture.url("/"));
    }

    @Test
    void refusesBodiesAboveTheSizeCap() {
        byte[] padded = Arrays.copyOf(Html.page("Big"), 5000);
        server.page("/", "Home", "/big.html", "/streamed.html")
                .reply("/big.html", new TestServer.Reply(200, "text/html", padded, Map.of()))
                .reply("/streamed.html", new TestServer.Reply(200, "text/html", padded,
                        Map.of("Transfer-Encoding", "chunked")));
        CrawlSettings settings = fixture.settings();

        CrawlResult result = fixture.crawl(settings.withFetch(settings.fetch().withMaxBodyBytes(1000)));

        assertThat(result.skipped()).containsExactly(
                new Skipped(fixture.url("/big.html"), SkipReason.TOO_LARGE, "content-length=5000 max=1000"),
                new Skipped(fixture.url("/streamed.html"), SkipReason.TOO_LARGE, "body over max=1000"));
        assertThat(result.pages()).containsExactly(fixture.url("/"));
    }

    @Test
    void recordsHttpErrorsWithTheirStatus() {
        server.page("/", "Home", "/missing.html", "/broken.html")
                .reply("/broken.html", new TestServer.Reply(500, "text/html", TestServer.utf8("oops"), Map.of()));

        CrawlResult result = fixture.crawl(fixture.settings());

        assertThat(result.skipped()).containsExactly(
                new Skipped(fixture.url("/missing.html"), SkipReason.HTTP_ERROR, "status=404 gone=1/2"),
                new Skipped(fixture.url("/broken.html"), SkipReason.HTTP_ERROR, "status=500"));
    }

    @Test
    void refusesLoopbackUnlessPrivateAddressesAreAllowed() {
        server.page("/", "Home");

        CrawlResult result = fixture.crawl(fixture.settings().withAllowPrivate(false));

        assertThat(server.requests()).isEmpty();
        assertThat(result.skipped()).extracting(Skipped::url, Skipped::reason)
                .containsExactly(tuple(fixture.url("/"), SkipReason.PRIVATE_ADDRESS));
        assertThat(result.skipped().getFirst().detail()).contains("address=127.0.0.1");
    }

    @Test
    void unreachableHostEndsWithAReason() {
        int port = server.uri("/").getPort();
        fixture.close();

        CrawlResult result = fixture.crawl(CrawlSettings.of(URI.create("http://127.0.0.1:" + port + "/"))
                .withAllowPrivate(true));

        assertThat(result.skipped()).extracting(Skipped::reason).containsExactly(SkipReason.ROBOTS_UNAVAILABLE);
        assertThat(result.skipped().getFirst().detail()).startsWith("robots.txt FETCH_FAILED");
    }
}
