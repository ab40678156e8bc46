package gazette.crawler;

import static org.assertj.core.api.Assertions.assertThat;

import gazette.crawler.frontier.MemoryStatusStore;
import gazette.crawler.frontier.UrlState;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A run marks at most maxRemovals pages removed; the rest wait for the next run, their gone count kept. */
class CrawlerRemovalCapTest {
    private static final TestServer.Reply NOT_FOUND = new TestServer.Reply(404, "text/html",
            TestServer.utf8("gone"), Map.of());

    private final CrawlFixture fixture = new CrawlFixture();
    private final TestServer server = fixture.server;
    private final MemoryStatusStore store = new MemoryStatusStore();

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void defersRemovalsBeyondThePerRunCap() throws InterruptedException {
        server.page("/", "Home", "/a.html", "/b.html").page("/a.html", "A").page("/b.html", "B");
        crawl();
        server.reply("/a.html", NOT_FOUND).reply("/b.html", NOT_FOUND);
        crawl();

        CrawlResult capped = crawl();
        Map<String, java.time.Instant> afterCapped = Map.copyOf(fixture.sink.removed);
        CrawlResult next = crawl();

        assertThat(afterCapped).hasSize(1);
        assertThat(capped.skipped(SkipReason.GONE)).hasSize(1);
        assertThat(capped.skipped(SkipReason.HTTP_ERROR)).extracting(Skipped::detail)
                .containsExactly("status=404 gone=2/2 removal deferred: maxRemovals=1 reached");
        assertThat(fixture.sink.removed).containsOnlyKeys(fixture.url("/a.html"), fixture.url("/b.html"));
        assertThat(next.skipped(SkipReason.GONE)).hasSize(2);
        assertThat(store.get(fixture.url("/a.html")).orElseThrow().state()).isEqualTo(UrlState.REMOVED);
        assertThat(store.get(fixture.url("/b.html")).orElseThrow().state()).isEqualTo(UrlState.REMOVED);
    }

    private CrawlResult crawl() throws InterruptedException {
        CrawlSettings settings = fixture.settings().toBuilder().revisitAfter(Duration.ZERO).maxRemovals(1)
                .concurrency(1).build();
        CrawlResult result = new Crawler(settings, new TestExtractor(), fixture.sink, ProgressListener.NONE, store,
                fixture.clock, fixture.clock.sleeper()).crawl();
        fixture.clock.sleeper().sleep(Duration.ofHours(2));
        return result;
    }
}
