package gazette.crawler;

import static gazette.crawler.CrawlFixture.urls;
import static org.assertj.core.api.Assertions.assertThat;

import gazette.crawler.fetch.FetchSettings;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** robots.txt that is huge, compressed, malformed or not text: RFC 9309 semantics, as crawler-commons applies them. */
class CrawlerRobotsEdgeTest {
    private final CrawlFixture fixture = new CrawlFixture();
    private final TestServer server = fixture.server;

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void parsesTheFirst500KibOfARobotsTxtLargerThanTheBodyCap() {
        String head = "User-agent: *\nDisallow: /early/\n";
        String filler = "Disallow: /nothing-here/\n".repeat(40_000); // 1 MB: the rule after it lies past 500 KiB
        server.robots(head + filler + "Disallow: /late/\n")
                .page("/", "Home", "/early/a.html", "/late/b.html").page("/late/b.html", "Late");
        FetchSettings smallBodies = FetchSettings.defaults().withAllowPrivate(true).withMaxBodyBytes(64 * 1024);

        CrawlResult result = fixture.crawl(fixture.settings().withFetch(smallBodies));

        assertThat(urls(result, SkipReason.ROBOTS_DISALLOWED)).containsExactly(fixture.url("/early/a.html"));
        assertThat(result.pages()).containsExactly(fixture.url("/"), fixture.url("/late/b.html"));
        assertThat(result.skipped(SkipReason.ROBOTS_UNAVAILABLE)).isEmpty();
    }

    @Test
    void readsAGzipEncodedRobotsTxt() {
        server.reply("/robots.txt", new TestServer.Reply(200, "text/plain",
                        CrawlerContentTest.gzip(TestServer.utf8("User-agent: *\nDisallow: /private/\n")),
                        Map.of("Content-Encoding", "gzip")))
                .page("/", "Home", "/private/a.html");

        CrawlResult result = fixture.crawl(fixture.settings());

        assertThat(urls(result, SkipReason.ROBOTS_DISALLOWED)).containsExactly(fixture.url("/private/a.html"));
    }

    @Test
    void readsTheFirst500KibOfAGzipEncodedRobotsTxtLargerThanThatOnTheWire() {
        java.util.Random random = new java.util.Random(3);
        StringBuilder robots = new StringBuilder("User-agent: *\nDisallow: /early/\n");
        while (robots.length() < 3_000_000) { // random paths: compressed, still well over 500 KiB
            robots.append("Disallow: /").append(Long.toString(random.nextLong(), 36)).append("/\n");
        }
        byte[] zipped = CrawlerContentTest.gzip(TestServer.utf8(robots + "Disallow: /late/\n"));
        server.reply("/robots.txt", new TestServer.Reply(200, "text/plain", zipped, Map.of("Content-Encoding", "gzip")))
                .page("/", "Home", "/early/a.html", "/late/b.html").page("/late/b.html", "Late");

        CrawlResult result = fixture.crawl(fixture.settings());

        assertThat(zipped.length).isGreaterThan(600 * 1024);
        assertThat(urls(result, SkipReason.ROBOTS_DISALLOWED)).containsExactly(fixture.url("/early/a.html"));
        assertThat(result.pages()).containsExactly(fixture.url("/"), fixture.url("/late/b.html"));
    }

    @Test
    void aRobotsTxtServedAsAnHtmlPageAllowsEverything() {
        server.reply("/robots.txt", new TestServer.Reply(200, "text/html; charset=utf-8",
                        TestServer.utf8("<html><body><h1>Welcome</h1><p>Disallow: /</p></body></html>"), Map.of()))
                .page("/", "Home", "/a.html").page("/a.html", "A");

        CrawlResult result = fixture.crawl(fixture.settings());

        assertThat(result.pages()).containsExactly(fixture.url("/"), fixture.url("/a.html"));
    }

    @Test
    void readsDirectivesLackingTheirColonAndIgnoresLinesThatAreNoDirectives() {
        // crawler-commons, like Google's parser, reads "Disallow /private/" as the rule its author meant.
        server.robots("User-agent *\n: : :\n<p>Allow: /</p>\nDisallow /private/\nCrawl-delay: -5\n")
                .page("/", "Home", "/private/a.html", "/b.html").page("/b.html", "B");

        CrawlResult result = fixture.crawl(fixture.settings());

        assertThat(result.pages()).containsExactly(fixture.url("/"), fixture.url("/b.html"));
        assertThat(urls(result, SkipReason.ROBOTS_DISALLOWED)).containsExactly(fixture.url("/private/a.html"));
    }

    @Test
    void aRobotsTxtOfRandomBytesAllowsEverything() {
        byte[] garbage = new byte[20_000];
        new java.util.Random(9).nextBytes(garbage);
        server.reply("/robots.txt", new TestServer.Reply(200, "text/plain", garbage, Map.of())).page("/", "Home");

        CrawlResult result = fixture.crawl(fixture.settings());

        assertThat(result.pages()).containsExactly(fixture.url("/"));
    }
}
