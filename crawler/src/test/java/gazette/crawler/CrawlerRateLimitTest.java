package gazette.crawler;

import static org.assertj.core.api.Assertions.assertThat;

import gazette.core.FetchEvent;
import gazette.crawler.frontier.MemoryStatusStore;
import gazette.crawler.frontier.UrlState;
import gazette.crawler.frontier.UrlStatus;
import gazette.crawler.history.MemoryFetchLog;
import gazette.crawler.politeness.PolitenessSettings;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** 429 and 503 with Retry-After: the host waits as asked (capped), the URL is tried again instead of failed. */
class CrawlerRateLimitTest {
    private final CrawlFixture fixture = new CrawlFixture();
    private final TestServer server = fixture.server;
    private final MemoryStatusStore store = new MemoryStatusStore();
    private final MemoryFetchLog history = new MemoryFetchLog();

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void waitsAsLongAsA429AsksThenFetchesThePage() {
        server.page("/", "Home", "/busy.html")
                .replyOnce("/busy.html", limited(429, Map.of("Retry-After", "120")))
                .page("/busy.html", "Busy");

        CrawlResult result = crawl(fixture.settings());

        assertThat(result.pages()).containsExactly(fixture.url("/"), fixture.url("/busy.html"));
        assertThat(gapBetweenLast("/busy.html")).isEqualTo(Duration.ofSeconds(120));
        assertThat(history.of(fixture.url("/busy.html"))).extracting(FetchEvent::outcome, FetchEvent::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("failed", "RATE_LIMITED"),
                        org.assertj.core.groups.Tuple.tuple("indexed", null));
        UrlStatus status = store.get(fixture.url("/busy.html")).orElseThrow();
        assertThat(status.state()).isEqualTo(UrlState.DONE);
        assertThat(status.failures()).isZero();
    }

    @Test
    void honoursA503RetryAfterGivenAsAnHttpDate() {
        String in300s = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                TestClock.START.plusSeconds(300).atZone(ZoneOffset.UTC));
        server.page("/", "Home", "/maintenance.html")
                .replyOnce("/maintenance.html", limited(503, Map.of("Retry-After", in300s)))
                .page("/maintenance.html", "Back");

        CrawlResult result = crawl(fixture.settings());

        assertThat(result.pages()).contains(fixture.url("/maintenance.html"));
        List<TestServer.Request> hits = hits("/maintenance.html");
        assertThat(hits.get(1).at()).isEqualTo(TestClock.START.plusSeconds(300));
    }

    @Test
    void capsALongRetryAfterAndHoldsBackTheWholeHost() {
        server.page("/", "Home", "/busy.html", "/other.html")
                .replyOnce("/busy.html", limited(429, Map.of("Retry-After", "86400")))
                .page("/busy.html", "Busy").page("/other.html", "Other");
        PolitenessSettings capped = PolitenessSettings.defaults().withMaxRetryAfter(Duration.ofSeconds(90));

        crawl(fixture.settings().withPoliteness(capped));

        assertThat(server.paths()).containsExactly("/robots.txt", "/", "/busy.html", "/other.html", "/busy.html");
        TestServer.Request limitedAt = hits("/busy.html").get(0);
        assertThat(hits("/other.html").get(0).at()).isEqualTo(limitedAt.at().plusSeconds(90));
    }

    @Test
    void endsAsRateLimitedAfterThreeRetriesCountingEachFailure() {
        server.page("/", "Home", "/never.html").reply("/never.html", limited(429, Map.of()));

        CrawlResult result = crawl(fixture.settings());

        assertThat(hits("/never.html")).hasSize(1 + RateLimits.RETRIES_PER_RUN);
        assertThat(result.skipped(SkipReason.RATE_LIMITED)).extracting(Skipped::detail)
                .containsExactly("status=429 retryAfter=PT1M waited=PT1M attempt=4");
        UrlStatus status = store.get(fixture.url("/never.html")).orElseThrow();
        assertThat(status.state()).isEqualTo(UrlState.FAILED);
        assertThat(status.failures()).isEqualTo(4);
    }

    private CrawlResult crawl(CrawlSettings settings) {
        return new Crawler(settings, new TestExtractor(), fixture.sink, ProgressListener.NONE, store, history,
                fixture.clock, fixture.clock.sleeper()).crawl();
    }

    private List<TestServer.Request> hits(String path) {
        return server.requests().stream().filter(r -> r.path().equals(path)).toList();
    }

    private Duration gapBetweenLast(String path) {
        List<TestServer.Request> hits = hits(path);
        return Duration.between(hits.get(hits.size() - 2).at(), hits.get(hits.size() - 1).at());
    }

    private static TestServer.Reply limited(int status, Map<String, String> headers) {
        return new TestServer.Reply(status, "text/html", TestServer.utf8("slow down"), headers);
    }
}
