package gazette.crawler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import gazette.core.FetchEvent;
import gazette.core.PageDocument;
import gazette.crawler.frontier.MemoryStatusStore;
import gazette.crawler.history.MemoryFetchLog;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** One fetch-history event per fetch attempt, with the outcome the crawl settled on. */
class CrawlerHistoryTest {
    private final CrawlFixture fixture = new CrawlFixture();
    private final TestServer server = fixture.server;
    private final MemoryStatusStore store = new MemoryStatusStore();
    private final MemoryFetchLog history = new MemoryFetchLog();

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void recordsIndexedNotModifiedUnchangedAndChangedFetches() {
        String url = fixture.url("/a.html");
        server.page("/", "Home", "/a.html")
                .reply("/a.html", new TestServer.Reply(200, "text/html", Html.page("A"), Map.of("ETag", "\"v1\"")));
        crawl();
        server.replyOnce("/a.html", new TestServer.Reply(304, "text/html", new byte[0], Map.of()));
        crawl();
        crawl();
        server.page("/a.html", "A, corrected");
        crawl();

        assertThat(history.of(url)).extracting(FetchEvent::outcome, FetchEvent::httpStatus, FetchEvent::changed)
                .containsExactly(tuple("indexed", 200, true), tuple("not_modified", 304, false),
                        tuple("unchanged", 200, false), tuple("indexed", 200, true));
        assertThat(history.of(url)).extracting(FetchEvent::documentId).containsOnly(PageDocument.id(url));
    }

    @Test
    void recordsEveryWayAUrlEndsWithoutAPage() {
        server.page("/", "Home", "/missing.html", "/broken.html", "/report.pdf")
                .reply("/broken.html", new TestServer.Reply(500, "text/html", TestServer.utf8("x"), Map.of()))
                .reply("/report.pdf", new TestServer.Reply(200, "application/pdf", new byte[10], Map.of()));

        crawl();

        assertThat(history.events()).extracting(FetchEvent::url, FetchEvent::outcome, FetchEvent::httpStatus,
                FetchEvent::reason).containsExactlyInAnyOrder(
                        tuple(fixture.url("/"), "indexed", 200, null),
                        tuple(fixture.url("/missing.html"), "failed", 404, "HTTP_ERROR"),
                        tuple(fixture.url("/broken.html"), "failed", 500, "HTTP_ERROR"),
                        tuple(fixture.url("/report.pdf"), "skipped", null, "NOT_HTML"));
    }

    private void crawl() {
        CrawlSettings settings = fixture.settings().toBuilder().revisitAfter(Duration.ZERO).build();
        new Crawler(settings, new TestExtractor(), fixture.sink, ProgressListener.NONE, store, history,
                fixture.clock, fixture.clock.sleeper()).crawl();
    }
}
