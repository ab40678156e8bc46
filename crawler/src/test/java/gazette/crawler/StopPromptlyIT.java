package gazette.crawler;

import static org.assertj.core.api.Assertions.assertThat;

import gazette.crawler.frontier.ElasticsearchStatusStore;
import gazette.crawler.frontier.UrlState;
import gazette.crawler.frontier.UrlStatus;
import gazette.crawler.history.FetchLog;
import gazette.crawler.politeness.Sleeper;
import gazette.testing.TestElasticsearch;
import gazette.testing.WithElasticsearch;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A stop wakes a worker sleeping out a host's {@code Retry-After} instead of waiting for it, on the real clock; the
 * URL stays queued in the crawl-status index (real Elasticsearch) and the next run fetches it.
 */
@WithElasticsearch
class StopPromptlyIT {
    private static final Duration RETRY_AFTER = Duration.ofSeconds(120);

    @Test
    void stopWakesAWorkerWaitingOutA429AndLeavesTheUrlQueuedForTheNextRun(TestElasticsearch es) throws Exception {
        try (CrawlFixture fixture = new CrawlFixture()) {
            TestServer server = fixture.server.page("/", "Home", "/busy.html").reply("/busy.html",
                    new TestServer.Reply(429, "text/html", TestServer.utf8("slow down"),
                            Map.of("Retry-After", String.valueOf(RETRY_AFTER.toSeconds()))));
            ElasticsearchStatusStore store = new ElasticsearchStatusStore(es.client(), es.index() + "-status")
                    .ensure();
            CrawlSettings settings = fixture.settings().toBuilder().minDelay(Duration.ZERO).build();
            String busy = fixture.url("/busy.html");
            Crawler crawler = realTime(settings, fixture.sink, store);

            CrawlResult stopped;
            long stopTookMillis;
            try (ExecutorService runner = Executors.newSingleThreadExecutor()) {
                Future<CrawlResult> running = runner.submit(crawler::crawl);
                awaitRequests(server, "/busy.html", 1);
                Thread.sleep(200); // the worker is now sleeping out the 120 s pause before its retry
                long stopAt = System.nanoTime();
                crawler.stop();
                stopped = running.get(30, TimeUnit.SECONDS);
                stopTookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - stopAt);
            }
            UrlStatus afterStop = record(store, busy);
            server.page("/busy.html", "Busy no more");
            CrawlResult next = realTime(settings, fixture.sink, store).crawl();

            assertThat(stopTookMillis).as("well within the 120 s pause").isLessThan(15_000);
            assertThat(stopped.stopped()).isTrue();
            assertThat(stopped.pages()).containsExactly(fixture.url("/"));
            assertThat(CrawlFixture.urls(stopped, SkipReason.STOPPED)).containsExactly(busy);
            assertThat(afterStop.state()).isIn(UrlState.QUEUED, UrlState.FETCHING);
            assertThat(next.pages()).containsExactly(busy);
            assertThat(server.paths().stream().filter("/busy.html"::equals)).hasSize(2);
        }
    }

    private static Crawler realTime(CrawlSettings settings, ListSink sink, ElasticsearchStatusStore store) {
        return new Crawler(settings, new TestExtractor(), sink, ProgressListener.NONE, store, FetchLog.NONE,
                Clock.systemUTC(), Sleeper.SYSTEM);
    }

    private static void awaitRequests(TestServer server, String path, int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (server.paths().stream().filter(path::equals).count() < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no request for " + path + " within 30 s: " + server.paths());
            }
            Thread.sleep(20);
        }
    }

    private static UrlStatus record(ElasticsearchStatusStore store, String url) {
        List<UrlStatus> all = new ArrayList<>();
        store.load(all::add);
        return all.stream().filter(s -> s.url().equals(url)).findFirst().orElseThrow();
    }
}
