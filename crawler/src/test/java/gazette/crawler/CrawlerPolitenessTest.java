package gazette.crawler;

import static org.assertj.core.api.Assertions.assertThat;

import gazette.crawler.politeness.PolitenessSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CrawlerPolitenessTest {
    private final CrawlFixture fixture = new CrawlFixture();
    private final TestServer server = fixture.server;

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void spacesRequestsToAHostByTheMinimumDelay() {
        server.page("/", "Home", "/a.html", "/b.html").page("/a.html", "A", "/c.html").page("/b.html", "B")
                .page("/c.html", "C");

        CrawlResult result = fixture.crawl(fixture.settings().withMinDelay(Duration.ofSeconds(2)));

        List<Instant> at = server.requests().stream().map(TestServer.Request::at).toList();
        assertThat(at).containsExactly(IntStream.range(0, 5)
                .mapToObj(i -> TestClock.START.plusSeconds(2L * i)).toArray(Instant[]::new));
        assertThat(result.elapsed()).isEqualTo(Duration.ofSeconds(8));
    }

    @Test
    void keepsOneRequestPerHostInFlightByDefault() {
        server.latency(Duration.ofMillis(30));
        String[] links = IntStream.range(0, 6).mapToObj(i -> "/" + i + ".html").toArray(String[]::new);
        server.page("/", "Home", links);
        for (String link : links) {
            server.page(link, link);
        }

        fixture.crawl(fixture.settings().withMinDelay(Duration.ZERO).withConcurrency(4));

        assertThat(server.paths()).hasSize(8);
        assertThat(server.maxConcurrent()).isEqualTo(1);
    }

    @Test
    void allowsConfiguredParallelRequestsPerHost() {
        server.latency(Duration.ofMillis(100));
        String[] links = IntStream.range(0, 6).mapToObj(i -> "/" + i + ".html").toArray(String[]::new);
        server.page("/", "Home", links);
        for (String link : links) {
            server.page(link, link);
        }
        PolitenessSettings two = new PolitenessSettings(Duration.ZERO, Duration.ZERO, 2);

        fixture.crawl(fixture.settings().withPoliteness(two).withConcurrency(4));

        assertThat(server.paths()).hasSize(8);
        assertThat(server.maxConcurrent()).isEqualTo(2);
    }
}
