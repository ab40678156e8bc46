package gazette.crawler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import co.elastic.clients.elasticsearch._types.SortOrder;
import gazette.core.FetchEvent;
import gazette.core.Json;
import gazette.core.PageDocument;
import gazette.crawler.frontier.ElasticsearchStatusStore;
import gazette.crawler.frontier.OutageRetry;
import gazette.crawler.frontier.UrlState;
import gazette.crawler.frontier.UrlStatus;
import gazette.crawler.history.ElasticsearchFetchLog;
import gazette.testing.TestElasticsearch;
import gazette.testing.WithElasticsearch;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A page disappears and comes back, over several runs on one clock, with the frontier and the fetch history in the
 * real Elasticsearch and the site on a loopback server: removed only after two 404s in a row, a 5xx in between
 * counts for nothing, and a page that reappears is live again.
 */
@WithElasticsearch
class GonePagesIT {
    private static final Duration BETWEEN_RUNS = Duration.ofHours(2);
    private static final TestServer.Reply NOT_FOUND = reply(404);
    private static final TestServer.Reply SERVER_ERROR = reply(500);

    @Test
    void marksAPageRemovedAfterRepeated404sAndLiveAgainWhenItReturns(TestElasticsearch es) throws IOException {
        try (CrawlFixture fixture = new CrawlFixture()) {
            TestServer server = fixture.server.page("/", "Home", "/a.html").page("/a.html", "A");
            ElasticsearchStatusStore store = new ElasticsearchStatusStore(es.client(), es.index() + "-status")
                    .ensure();
            ElasticsearchFetchLog history = new ElasticsearchFetchLog(es.client(), es.index() + "-history", 10,
                    OutageRetry.of(OutageRetry.Settings.defaults())).ensure();
            String page = fixture.url("/a.html");
            Runs runs = new Runs(fixture, store, history);

            runs.crawl();
            server.reply("/a.html", NOT_FOUND);
            CrawlResult first404 = runs.crawl();
            UrlStatus afterOne = record(store, page);
            server.reply("/a.html", SERVER_ERROR);
            runs.crawl();
            server.reply("/a.html", NOT_FOUND);
            Instant secondAt = fixture.clock.instant();
            CrawlResult second404 = runs.crawl();
            UrlStatus removed = record(store, page);
            Map<String, Instant> marks = Map.copyOf(fixture.sink.removed);
            server.page("/a.html", "A again");
            runs.crawl();
            UrlStatus back = record(store, page);

            assertThat(first404.skipped(SkipReason.HTTP_ERROR)).extracting(Skipped::detail)
                    .containsExactly("status=404 gone=1/2");
            assertThat(afterOne.state()).isEqualTo(UrlState.FAILED);
            assertThat(afterOne.gone()).isEqualTo(1);
            assertThat(afterOne.removedAt()).isNull();
            assertThat(second404.skipped(SkipReason.GONE)).extracting(Skipped::url, Skipped::detail)
                    .containsExactly(tuple(page, "status=404 gone=2/2"));
            assertThat(marks).containsExactly(Map.entry(page, secondAt));
            assertThat(removed.state()).isEqualTo(UrlState.REMOVED);
            assertThat(removed.removedAt()).isEqualTo(secondAt);
            assertThat(removed.gone()).isEqualTo(2);
            assertThat(back.state()).isEqualTo(UrlState.DONE);
            assertThat(back.removedAt()).isNull();
            assertThat(back.gone()).isZero();
            assertThat(fixture.sink.removed).isEmpty();
            assertThat(fixture.sink.pages.get(fixture.sink.pages.size() - 1).title()).isEqualTo("A again");
            assertThat(events(es, es.index() + "-history", page))
                    .extracting(FetchEvent::outcome, FetchEvent::httpStatus, FetchEvent::reason)
                    .containsExactly(tuple("indexed", 200, null), tuple("failed", 404, "HTTP_ERROR"),
                            tuple("failed", 500, "HTTP_ERROR"), tuple("removed", 404, "GONE"),
                            tuple("indexed", 200, null));
        }
    }

    @Test
    void aSingle404NeverRemovesAPage(TestElasticsearch es) {
        try (CrawlFixture fixture = new CrawlFixture()) {
            TestServer server = fixture.server.page("/", "Home", "/a.html").page("/a.html", "A");
            ElasticsearchStatusStore store = new ElasticsearchStatusStore(es.client(), es.index() + "-single")
                    .ensure();
            Runs runs = new Runs(fixture, store, gazette.crawler.history.FetchLog.NONE);

            runs.crawl();
            server.replyOnce("/a.html", NOT_FOUND);
            runs.crawl();
            runs.crawl();

            assertThat(fixture.sink.removed).isEmpty();
            UrlStatus status = record(store, fixture.url("/a.html"));
            assertThat(status.state()).isEqualTo(UrlState.DONE);
            assertThat(status.gone()).isZero();
            assertThat(status.failures()).isZero();
        }
    }

    /** Crawls on the fixture's clock, moving it on by two hours after each run so failed URLs come due again. */
    private record Runs(CrawlFixture fixture, ElasticsearchStatusStore store,
            gazette.crawler.history.FetchLog history) {
        CrawlResult crawl() {
            CrawlSettings settings = fixture.settings().toBuilder().revisitAfter(Duration.ZERO).minDelay(Duration.ZERO)
                    .build();
            CrawlResult result = new Crawler(settings, new TestExtractor(), fixture.sink, ProgressListener.NONE,
                    store, history, fixture.clock, fixture.clock.sleeper()).crawl();
            try {
                fixture.clock.sleeper().sleep(BETWEEN_RUNS);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return result;
        }
    }

    private static UrlStatus record(ElasticsearchStatusStore store, String url) {
        List<UrlStatus> all = new ArrayList<>();
        store.load(all::add);
        return all.stream().filter(s -> s.url().equals(url)).findFirst().orElseThrow();
    }

    private static List<FetchEvent> events(TestElasticsearch es, String index, String url) throws IOException {
        es.client().indices().refresh(r -> r.index(index));
        return es.client().search(s -> s.index(index).size(100)
                        .query(q -> q.term(t -> t.field("document_id").value(PageDocument.id(url))))
                        .sort(o -> o.field(f -> f.field("time").order(SortOrder.Asc))), Map.class)
                .hits().hits().stream().map(h -> Json.mapper().convertValue(h.source(), FetchEvent.class)).toList();
    }

    private static TestServer.Reply reply(int status) {
        return new TestServer.Reply(status, "text/html", TestServer.utf8("status " + status), Map.of());
    }
}
