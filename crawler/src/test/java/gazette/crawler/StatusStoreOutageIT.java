package gazette.crawler;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import gazette.core.ElasticsearchClients;
import gazette.core.ElasticsearchSettings;
import gazette.core.Page;
import gazette.core.PageSink;
import gazette.crawler.frontier.CrawlStatusIndex;
import gazette.crawler.frontier.ElasticsearchStatusStore;
import gazette.crawler.frontier.OutageRetry;
import gazette.crawler.frontier.StoreUnavailableException;
import gazette.crawler.frontier.UrlState;
import gazette.crawler.frontier.UrlStatus;
import gazette.samplesite.SamplePage;
import gazette.samplesite.SampleSite;
import gazette.testing.FaultProxy;
import gazette.testing.TestElasticsearch;
import gazette.testing.WithElasticsearch;
import java.io.StringReader;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The crawl-status index goes away mid-crawl (every connection reset): the crawl pauses, resumes, loses nothing; and
 * an index made by an older version takes the newer fields.
 */
@WithElasticsearch
class StatusStoreOutageIT {
    private static final OutageRetry RETRY = OutageRetry.of(
            new OutageRetry.Settings(Duration.ofMillis(100), Duration.ofMillis(400), Duration.ofSeconds(60)));

    @Test
    void pausesWhileElasticsearchRefusesConnectionsAndLosesNoRecord(TestElasticsearch es) throws Exception {
        String index = es.index() + "-outage";
        new ElasticsearchStatusStore(es.client(), index).ensure();
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        try (SampleSite site = SampleSite.start(0); FaultProxy proxy = FaultProxy.start(port(es));
                ElasticsearchClient viaProxy = ElasticsearchClients.connect(ElasticsearchSettings.of(proxy.url()))) {
            ElasticsearchStatusStore store = new ElasticsearchStatusStore(viaProxy, index, RETRY);
            ListSink sink = new ListSink();
            PageSink cutting = new OutageSink(sink, proxy, timer, 25, Duration.ofSeconds(2));
            TestClock clock = new TestClock();

            CrawlResult result = new Crawler(settings(site), new TestExtractor(), cutting, ProgressListener.NONE,
                    store, clock, clock.sleeper()).crawl();

            assertThat(proxy.refused()).as("connections refused during the outage").isPositive();
            assertThat(result.stopped()).isFalse();
            Map<String, UrlStatus> records = records(new ElasticsearchStatusStore(es.client(), index));
            for (SamplePage article : site.articles()) {
                String url = site.baseUri().resolve(article.path()).toString();
                assertThat(site.requestCount(article.path())).as(article.path()).isEqualTo(1);
                assertThat(records.get(url).state()).as(url).isEqualTo(UrlState.DONE);
            }
            assertThat(records.values()).extracting(UrlStatus::state).doesNotContain(UrlState.QUEUED,
                    UrlState.FETCHING);
            assertThat(sink.urls()).doesNotHaveDuplicates();
        } finally {
            timer.shutdownNow();
        }
    }

    @Test
    void givesUpWithANamedErrorWhenElasticsearchStaysAway(TestElasticsearch es) throws Exception {
        String index = es.index() + "-gone";
        new ElasticsearchStatusStore(es.client(), index).ensure();
        try (FaultProxy proxy = FaultProxy.start(port(es));
                ElasticsearchClient viaProxy = ElasticsearchClients.connect(ElasticsearchSettings.of(proxy.url()))) {
            OutageRetry brief = OutageRetry.of(
                    new OutageRetry.Settings(Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(500)));
            ElasticsearchStatusStore store = new ElasticsearchStatusStore(viaProxy, index, brief);
            proxy.cut();

            CompletableFuture<Void> write = CompletableFuture.runAsync(() -> store.write(List.of(record())));

            assertThat(write).failsWithin(Duration.ofSeconds(30)).withThrowableOfType(Exception.class)
                    .havingCause().isInstanceOf(StoreUnavailableException.class)
                    .withMessageContaining("crawl_status_write");
            assertThat(proxy.refused()).isGreaterThan(1);
        }
    }

    @Test
    void addsTheNewerFieldsToAnIndexMadeByAnOlderVersion(TestElasticsearch es) throws Exception {
        String index = es.index() + "-old";
        String old = CrawlStatusIndex.definition().replaceAll(",\\s*\"(gone|removed_at|revisit_seconds)\"[^}]*}", "");
        es.client().indices().create(c -> c.index(index).withJson(new StringReader(old)));
        UrlStatus removed = new UrlStatus("http://a.example/", "a.example", UrlState.REMOVED, 0, null, null, 404,
                null, null, "hash", null, 0, "GONE", null, TestClock.START, 2, TestClock.START, 3600L);

        ElasticsearchStatusStore store = new ElasticsearchStatusStore(es.client(), index).ensure();
        store.write(List.of(removed));

        assertThat(old).doesNotContain("removed_at");
        assertThat(records(store).get("http://a.example/")).isEqualTo(removed);
    }

    private static UrlStatus record() {
        return new UrlStatus("http://a.example/", "a.example", UrlState.QUEUED, 0, null, null, null, null, null,
                null, null, 0, null, null, TestClock.START, 0, null, null);
    }

    private static CrawlSettings settings(SampleSite site) {
        return CrawlSettings.of(site.baseUri()).withAllowPrivate(true).withMinDelay(Duration.ZERO)
                .withConcurrency(4).withMaxPages(5000).withFlushEvery(5);
    }

    private static int port(TestElasticsearch es) {
        return URI.create(es.url()).getPort();
    }

    private static Map<String, UrlStatus> records(ElasticsearchStatusStore store) {
        List<UrlStatus> all = new ArrayList<>();
        store.load(all::add);
        return all.stream().collect(Collectors.toMap(UrlStatus::url, Function.identity()));
    }

    /** Passes pages on; at the {@code at}-th page it cuts the proxy and restores it {@code outage} later. */
    private record OutageSink(ListSink sink, FaultProxy proxy, ScheduledExecutorService timer, int at,
            Duration outage) implements PageSink {
        @Override
        public void accept(Page page) {
            sink.accept(page);
            if (sink.pages.size() == at) {
                proxy.cut();
                timer.schedule(proxy::restore, outage.toMillis(), TimeUnit.MILLISECONDS);
            }
        }

        @Override
        public void flush() {
            sink.flush();
        }
    }
}
