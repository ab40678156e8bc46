package gazette.crawler;

import static gazette.crawler.CrawlFixture.urls;
import static org.assertj.core.api.Assertions.assertThat;

import gazette.crawler.politeness.PolitenessSettings;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CrawlerRobotsTest {
    private final CrawlFixture fixture = new CrawlFixture();
    private final TestServer server = fixture.server;

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void skipsUrlsDisallowedByRobots() {
        server.robots("User-agent: *\nDisallow: /private/\n")
                .page("/", "Home", "/a.html", "/private/secret.html")
                .page("/a.html", "A", "/private/other.html")
                .page("/private/secret.html", "Secret");

        CrawlResult result = fixture.crawl(fixture.settings());

        assertThat(server.paths()).containsExactly("/robots.txt", "/", "/a.html");
        assertThat(urls(result, SkipReason.ROBOTS_DISALLOWED))
                .containsExactly(fixture.url("/private/secret.html"), fixture.url("/private/other.html"));
        assertThat(result.pages()).containsExactly(fixture.url("/"), fixture.url("/a.html"));
    }

    @Test
    void obeysTheGroupForItsOwnProductToken() {
        server.robots("User-agent: *\nAllow: /\n\nUser-agent: GazetteBot\nDisallow: /\n").page("/", "Home");

        CrawlResult result = fixture.crawl(fixture.settings());

        assertThat(server.paths()).containsExactly("/robots.txt");
        assertThat(urls(result, SkipReason.ROBOTS_DISALLOWED)).containsExactly(fixture.url("/"));
    }

    @Test
    void missingRobotsAllowsEverything() {
        server.page("/", "Home", "/a.html").page("/a.html", "A");

        CrawlResult result = fixture.crawl(fixture.settings());

        assertThat(server.paths()).containsExactly("/robots.txt", "/", "/a.html");
        assertThat(result.pages()).hasSize(2);
    }

    @Test
    void unavailableRobotsRefusesTheHost() {
        server.reply("/robots.txt", new TestServer.Reply(503, "text/plain", new byte[0], Map.of()))
                .page("/", "Home");

        CrawlResult result = fixture.crawl(fixture.settings());

        // RFC 9309: a 5xx robots.txt is retried with backoff before the origin is given up for now.
        assertThat(server.paths()).containsExactly("/robots.txt", "/robots.txt", "/robots.txt");
        assertThat(gapsOf("/robots.txt")).containsExactly(Duration.ofSeconds(30), Duration.ofSeconds(60));
        assertThat(result.skipped()).containsExactly(
                new Skipped(fixture.url("/"), SkipReason.ROBOTS_UNAVAILABLE, "robots.txt status=503"));
    }

    @Test
    void retriesAnUnavailableRobotsTxtAndCrawlsOnceItAnswers() {
        server.replyOnce("/robots.txt", new TestServer.Reply(503, "text/plain", new byte[0], Map.of()))
                .robots("User-agent: *\nDisallow: /private/\n")
                .page("/", "Home", "/private/a.html");

        CrawlResult result = fixture.crawl(fixture.settings());

        assertThat(server.paths()).containsExactly("/robots.txt", "/robots.txt", "/");
        assertThat(gapsOf("/robots.txt")).containsExactly(Duration.ofSeconds(30));
        assertThat(result.pages()).containsExactly(fixture.url("/"));
        assertThat(urls(result, SkipReason.ROBOTS_DISALLOWED)).containsExactly(fixture.url("/private/a.html"));
    }

    @Test
    void fetchesRobotsTxtAgainOnceItsAnswerExpired() {
        server.robots("User-agent: *\nAllow: /\n").page("/", "Home", "/a.html").page("/a.html", "A");
        PolitenessSettings slow = new PolitenessSettings(Duration.ofHours(25), Duration.ofHours(25), 1);

        fixture.crawl(fixture.settings().withPoliteness(slow));

        assertThat(server.paths()).containsExactly("/robots.txt", "/", "/robots.txt", "/a.html");
    }

    private List<Duration> gapsOf(String path) {
        List<TestServer.Request> hits = server.requests().stream().filter(r -> r.path().equals(path)).toList();
        return IntStream.range(1, hits.size())
                .mapToObj(i -> Duration.between(hits.get(i - 1).at(), hits.get(i).at())).toList();
    }

    @Test
    void honoursCrawlDelayUpToTheCap() {
        server.robots("User-agent: *\nCrawl-delay: 5\n").page("/", "Home", "/a.html").page("/a.html", "A");
        PolitenessSettings politeness = new PolitenessSettings(Duration.ofSeconds(1), Duration.ofSeconds(3), 1);

        fixture.crawl(fixture.settings().withPoliteness(politeness));

        assertThat(gaps()).containsExactly(Duration.ofSeconds(3), Duration.ofSeconds(3));
    }

    @Test
    void honoursCrawlDelayLongerThanTheMinimumDelay() {
        server.robots("User-agent: *\nCrawl-delay: 5\n").page("/", "Home", "/a.html").page("/a.html", "A");

        fixture.crawl(fixture.settings());

        assertThat(gaps()).containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(5));
    }

    @Test
    void identifiesItselfWithItsUserAgent() {
        server.page("/", "Home");

        fixture.crawl(fixture.settings().withUserAgent("GazetteBot/9.9 (+https://example.org/bot)"));

        assertThat(server.requests()).extracting(TestServer.Request::userAgent)
                .containsOnly("GazetteBot/9.9 (+https://example.org/bot)");
    }

    @Test
    void sitemapsNamedInRobotsAddSeeds() {
        String sitemap = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                + "<url><loc>" + fixture.url("/unlinked.html") + "</loc><lastmod>2025-01-01</lastmod></url>"
                + "<url><loc>https://elsewhere.example/x.html</loc></url></urlset>";
        server.robots("User-agent: *\nDisallow:\n\nSitemap: " + fixture.url("/sitemap.xml") + "\n")
                .reply("/sitemap.xml", new TestServer.Reply(200, "application/xml", TestServer.utf8(sitemap), Map.of()))
                .page("/", "Home").page("/unlinked.html", "Unlinked");

        CrawlResult result = fixture.crawl(fixture.settings().withSitemaps(true));

        assertThat(server.paths()).containsExactly("/robots.txt", "/sitemap.xml", "/", "/unlinked.html");
        assertThat(urls(result, SkipReason.OUT_OF_SCOPE)).containsExactly("https://elsewhere.example/x.html");
    }

    private List<Duration> gaps() {
        List<TestServer.Request> requests = server.requests();
        return IntStream.range(1, requests.size())
                .mapToObj(i -> Duration.between(requests.get(i - 1).at(), requests.get(i).at())).toList();
    }
}
