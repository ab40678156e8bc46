package gazette.crawler;

import static gazette.crawler.CrawlFixture.urls;
import static org.assertj.core.api.Assertions.assertThat;

import gazette.crawler.politeness.PolitenessSettings;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CrawlerLimitsTest {
    private final CrawlFixture fixture = new CrawlFixture();
    private final TestServer server = fixture.server;

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void fetchesEachUrlOnceBreadthFirst() {
        server.page("/", "Home", "/a.html", "/b.html", "/a.html#top", "/./a.html")
                .page("/a.html", "A", "/", "/c.html", "/b.html")
                .page("/b.html", "B", "/a.html", "/d.html?y=2&x=1")
                .page("/c.html", "C", "/d.html?x=1&y=2")
                .page("/d.html?x=1&y=2", "D", "/", "/c.html");

        CrawlResult result = fixture.crawl(fixture.settings());

        assertThat(server.paths())
                .containsExactly("/robots.txt", "/", "/a.html", "/b.html", "/c.html", "/d.html?x=1&y=2");
        assertThat(result.pages()).hasSize(5).doesNotHaveDuplicates();
        assertThat(result.skipped()).isEmpty();
    }

    @Test
    void stopsAtThePageLimit() {
        server.page("/", "Home", "/1.html", "/2.html", "/3.html", "/4.html", "/5.html");
        List.of("/1.html", "/2.html", "/3.html", "/4.html", "/5.html").forEach(p -> server.page(p, p));

        CrawlResult result = fixture.crawl(fixture.settings().withMaxPages(3));

        assertThat(result.pages()).containsExactly(fixture.url("/"), fixture.url("/1.html"), fixture.url("/2.html"));
        assertThat(fixture.sink.pages).hasSize(3);
        assertThat(urls(result, SkipReason.LIMIT_REACHED))
                .containsExactly(fixture.url("/3.html"), fixture.url("/4.html"), fixture.url("/5.html"));
        assertThat(server.paths()).containsExactly("/robots.txt", "/", "/1.html", "/2.html");
    }

    @Test
    void pageLimitHoldsWithManyRequestsInFlight() {
        String[] links = IntStream.range(0, 30).mapToObj(i -> "/" + i + ".html").toArray(String[]::new);
        server.page("/", "Home", links);
        for (String link : links) {
            server.page(link, link);
        }
        PolitenessSettings parallel = new PolitenessSettings(Duration.ZERO, Duration.ZERO, 8);

        CrawlResult result = fixture.crawl(fixture.settings().withPoliteness(parallel).withConcurrency(8)
                .withMaxPages(10));

        assertThat(result.pages()).hasSize(10);
        assertThat(fixture.sink.pages).hasSize(10);
        assertThat(result.skipped(SkipReason.LIMIT_REACHED)).hasSize(21);
    }

    @Test
    void stopsAtTheMaximumDepth() {
        server.page("/", "Home", "/1.html").page("/1.html", "1", "/2.html").page("/2.html", "2", "/3.html")
                .page("/3.html", "3");

        CrawlResult result = fixture.crawl(fixture.settings().withMaxDepth(2));

        assertThat(server.paths()).containsExactly("/robots.txt", "/", "/1.html", "/2.html");
        assertThat(result.skipped())
                .containsExactly(new Skipped(fixture.url("/3.html"), SkipReason.TOO_DEEP, "depth=3"));
    }

    @Test
    void recordsEachOutOfScopeLinkOnce() {
        server.page("/", "Home", "https://www.example.org/", "/a.html")
                .page("/a.html", "A", "https://www.example.org/");

        CrawlResult result = fixture.crawl(fixture.settings());

        assertThat(result.skipped()).containsExactly(
                new Skipped("https://www.example.org/", SkipReason.OUT_OF_SCOPE, "host=www.example.org"));
    }

    @Test
    void flushesTheSinkPeriodicallyAndAtTheEnd() {
        server.page("/", "Home", "/1.html", "/2.html", "/3.html", "/4.html");
        List.of("/1.html", "/2.html", "/3.html", "/4.html").forEach(p -> server.page(p, p));

        fixture.crawl(fixture.settings().withFlushEvery(2));

        assertThat(fixture.sink.flushes).isEqualTo(3);
        assertThat(fixture.sink.flushedPages).isEqualTo(5);
    }

    @Test
    void reportsProgressAfterEveryUrl() {
        server.page("/", "Home", "/a.html", "/missing.html", "https://www.example.org/").page("/a.html", "A");

        fixture.crawl(fixture.settings().withConcurrency(1));

        assertThat(fixture.progress).containsExactly(
                new CrawlProgress(1, 2, 0, 1, 2),
                new CrawlProgress(2, 1, 0, 1, 3),
                new CrawlProgress(2, 0, 1, 1, 4),
                new CrawlProgress(2, 0, 1, 1, 4));
    }

    @Test
    void stopEndsTheCrawlAndRecordsTheRest() {
        server.page("/", "Home", "/a.html", "/b.html").page("/a.html", "A").page("/b.html", "B");
        AtomicReference<Crawler> crawler = new AtomicReference<>();
        ProgressListener stopAfterFirstPage = progress -> {
            if (progress.fetched() == 1) {
                crawler.get().stop();
            }
        };
        crawler.set(new Crawler(fixture.settings().withConcurrency(1), new TestExtractor(), fixture.sink,
                stopAfterFirstPage, fixture.clock, fixture.clock.sleeper()));

        CrawlResult result = crawler.get().crawl();

        assertThat(result.stopped()).isTrue();
        assertThat(result.pages()).containsExactly(fixture.url("/"));
        assertThat(result.reasons()).containsExactly(Map.entry(SkipReason.STOPPED, 2));
        assertThat(server.paths()).containsExactly("/robots.txt", "/");
    }

    @Test
    void tellsWhyEveryUrlWasNotAPage() {
        server.robots("User-agent: *\nDisallow: /private/\n")
                .page("/", "Home", "/private/x.html", "/gone.html", "https://www.example.org/", "/a.html");

        CrawlResult result = fixture.crawl(fixture.settings());

        Function<Skipped, String> path = s -> s.url().replace(fixture.url(""), "");
        assertThat(result.skipped().stream().collect(Collectors.toMap(path, Skipped::reason))).isEqualTo(Map.of(
                "/private/x.html", SkipReason.ROBOTS_DISALLOWED,
                "/gone.html", SkipReason.HTTP_ERROR,
                "https://www.example.org/", SkipReason.OUT_OF_SCOPE,
                "/a.html", SkipReason.HTTP_ERROR));
        assertThat(result.pages()).containsExactly(fixture.url("/"));
    }
}
