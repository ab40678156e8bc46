package gazette.crawler;

import static org.assertj.core.api.Assertions.assertThat;

import gazette.core.FetchEvent;
import gazette.crawler.history.MemoryFetchLog;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Each fetch-history event with a response carries how long its request took; one without a response has none.
 * The server really waits, so the measured duration cannot be shorter than that wait.
 */
class FetchDurationTest {
    private static final Duration LATENCY = Duration.ofMillis(150);
    private final CrawlFixture fixture = new CrawlFixture();
    private final MemoryFetchLog history = new MemoryFetchLog();

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void eventsCarryTheRequestDurationOfTheResponseTheyDescribe() {
        fixture.server.page("/", "Home", "/missing.html", "/report.pdf")
                .reply("/report.pdf", new TestServer.Reply(200, "application/pdf", new byte[10], Map.of()))
                .latency(LATENCY);

        new Crawler(fixture.settings(), new TestExtractor(), fixture.sink, ProgressListener.NONE, null, history,
                fixture.clock, fixture.clock.sleeper()).crawl();

        FetchEvent home = history.of(fixture.url("/")).getFirst();
        FetchEvent missing = history.of(fixture.url("/missing.html")).getFirst();
        assertThat(home.durationMs()).isGreaterThanOrEqualTo(LATENCY.toMillis());
        assertThat(missing.httpStatus()).isEqualTo(404);
        assertThat(missing.durationMs()).isGreaterThanOrEqualTo(LATENCY.toMillis());
        // Refused by the fetcher before a response was handed back: no status, no duration.
        assertThat(history.of(fixture.url("/report.pdf")).getFirst().durationMs()).isNull();
    }
}
