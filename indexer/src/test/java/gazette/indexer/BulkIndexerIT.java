package gazette.indexer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.CommonStatsFlag;
import co.elastic.clients.json.JsonData;
import gazette.core.ElasticsearchClients;
import gazette.core.ElasticsearchSettings;
import gazette.core.Page;
import gazette.core.PageDocument;
import gazette.testing.ElasticsearchExtension;
import gazette.testing.TestElasticsearch;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ElasticsearchExtension.class)
class BulkIndexerIT {
    private static final Instant CRAWLED = Instant.parse("2024-09-13T08:00:00Z");

    @Test
    void writesEachLanguageIntoItsOwnAnalysedFields(TestElasticsearch es) throws IOException {
        String index = new IndexLifecycle(es.client()).recreate(es.index());
        try (BulkIndexer indexer = new BulkIndexer(es.client(), index, BulkSettings.defaults())) {
            indexer.accept(page("https://gov.example/en/1", "en", "Pension reform", "The ministries are running new pension programmes."));
            indexer.accept(page("https://gov.example/zh/1", "zh", "会议", "国家老龄办主任会议在北京召开"));
            indexer.accept(page("https://gov.example/ru/1", "ru", "Пенсии", "Реформа пенсионного обеспечения"));
        }
        refresh(es);

        assertThat(hits(es.client(), es.index(), "body_en", "run programme")).containsExactly("https://gov.example/en/1");
        assertThat(hits(es.client(), es.index(), "body_zh", "老龄")).containsExactly("https://gov.example/zh/1");
        assertThat(hits(es.client(), es.index(), "body_cjk", "老龄")).containsExactly("https://gov.example/zh/1");
        assertThat(hits(es.client(), es.index(), "body_ru", "пенсионное")).containsExactly("https://gov.example/ru/1");
        assertThat(hits(es.client(), es.index(), "body_en", "老龄")).isEmpty();
    }

    @Test
    void rewritingAPageReplacesItInsteadOfDuplicating(TestElasticsearch es) throws IOException {
        String index = new IndexLifecycle(es.client()).recreate(es.index() + "-twice");
        BulkIndexer indexer = new BulkIndexer(es.client(), index, new BulkSettings(1, Duration.ZERO, Duration.ZERO, Duration.ZERO));
        indexer.accept(page("https://gov.example/en/2", "en", "Old title", "Old text"));
        indexer.accept(page("https://gov.example/en/2", "en", "New title", "New text"));
        indexer.flush();
        es.client().indices().refresh(r -> r.index(index));

        assertThat(es.client().count(c -> c.index(index)).count()).isEqualTo(1);
        assertThat(indexer.indexed()).isEqualTo(2);
        assertThat(hits(es.client(), index, "title", "new")).containsExactly("https://gov.example/en/2");
    }

    @Test
    void longPagesSendTheBatchBeforeItIsFull(TestElasticsearch es) throws Exception {
        String index = new IndexLifecycle(es.client()).recreate(es.index() + "-long");
        String paragraph = "The pension office publishes its annual report on the reform. ".repeat(20);
        List<Integer> requests = new CopyOnWriteArrayList<>();
        CountDownLatch firstAnswer = new CountDownLatch(1);
        BulkObserver observer = new BulkObserver() {
            @Override
            public void answered(Duration took, int operations, int retried, int refused) {
                requests.add(operations);
                firstAnswer.countDown();
            }
        };
        BulkIndexer indexer = new BulkIndexer(es.client(), index, BulkSettings.defaults(), observer,
                3 * paragraph.length());
        indexer.accept(page("https://gov.example/en/long-1", "en", "Report one", "Report one. " + paragraph));
        indexer.accept(page("https://gov.example/en/long-2", "en", "Report two", "Report two. " + paragraph));
        indexer.accept(page("https://gov.example/en/long-3", "en", "Report three", "Report three. " + paragraph));

        assertThat(firstAnswer.await(60, TimeUnit.SECONDS)).as("the text limit sent them, no flush asked for").isTrue();
        assertThat(requests).containsExactly(3);
        assertThat(indexer.indexed()).isEqualTo(3);
        indexer.accept(page("https://gov.example/en/short-1", "en", "Note", "A short note."));
        indexer.accept(page("https://gov.example/en/short-2", "en", "Notice", "A short notice."));
        indexer.close();
        assertThat(requests).as("the count started again: both short pages waited for the close").containsExactly(3, 2);
        assertThat(indexer.indexed()).isEqualTo(5);
    }

    @Test
    void lookupsSeeTheIndexersOwnWritesWithoutRefreshing(TestElasticsearch es) throws IOException {
        String index = new IndexLifecycle(es.client()).recreate(es.index() + "-own");
        String text = "The pension office publishes its annual report on the reform of the retirement age.";
        BulkIndexer indexer = new BulkIndexer(es.client(), index,
                new BulkSettings(1, Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ofMinutes(10)));
        es.client().indices().putSettings(p -> p.index(index) // no scheduled refresh during the test either
                .settings(x -> x.otherSettings("refresh_interval", JsonData.of("10m"))));
        long before = externalRefreshes(es, index);
        for (int i = 0; i < 8; i++) {
            indexer.accept(page("https://gov.example/en/report?copy=" + i, "en", "Report", text));
            indexer.flush(); // each copy looks up the document the copies before it wrote
        }

        assertThat(externalRefreshes(es, index) - before).as("refreshes: only before the first lookup").isEqualTo(1);
        es.client().indices().refresh(r -> r.index(index));
        assertThat(es.client().count(c -> c.index(index)).count()).isEqualTo(1);
        assertThat((List<?>) source(es, index, "https://gov.example/en/report?copy=0").get(PageDocument.URLS))
                .hasSize(8);
        assertThat(indexer.indexed()).isEqualTo(8);
        indexer.close();
    }

    private static long externalRefreshes(TestElasticsearch es, String index) throws IOException {
        return es.client().indices().stats(s -> s.index(index).metric(CommonStatsFlag.Refresh)).all().primaries().refresh()
                .externalTotal();
    }

    @Test
    void aRemovedPageIsMarkedAndComesBackWhenAcceptedAgain(TestElasticsearch es) throws IOException {
        String index = new IndexLifecycle(es.client()).recreate(es.index() + "-removed");
        String url = "https://gov.example/en/gone";
        Instant since = Instant.parse("2024-10-01T12:00:00Z");
        BulkIndexer indexer = new BulkIndexer(es.client(), index, BulkSettings.defaults());
        indexer.accept(page(url, "en", "Pension notice", "The pension office moves to a new building."));
        indexer.flush();
        indexer.markRemoved(url, since);
        indexer.markRemoved("https://gov.example/en/never-indexed", since);
        indexer.flush();

        Map<?, ?> removed = source(es, index, url);
        assertThat(removed.get(PageDocument.REMOVED)).isEqualTo(true);
        assertThat(removed.get(PageDocument.REMOVED_AT)).isEqualTo("2024-10-01T12:00:00Z");
        assertThat(removed.get(PageDocument.TITLE)).isEqualTo("Pension notice");
        assertThat(indexer.rejections()).isEmpty();

        indexer.accept(page(url, "en", "Pension notice", "The pension office moves to a new building."));
        indexer.flush();
        Map<?, ?> live = source(es, index, url);
        assertThat(live.get(PageDocument.REMOVED)).isEqualTo(false);
        assertThat(live.containsKey(PageDocument.REMOVED_AT)).isFalse();
    }

    @Test
    void failsClearlyWhenElasticsearchStaysUnreachable() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        ElasticsearchClient client = ElasticsearchClients.connect(ElasticsearchSettings.of("http://127.0.0.1:" + closedPort));
        BulkIndexer indexer = new BulkIndexer(client, "unreachable",
                new BulkSettings(10, Duration.ofMillis(10), Duration.ofMillis(20), Duration.ofMillis(200)));
        indexer.accept(page("https://gov.example/en/3", "en", "t", "x"));

        assertThatThrownBy(indexer::flush)
                .isInstanceOf(IndexingUnavailableException.class)
                .hasMessageContaining("did not accept pages");
    }

    private static Map<?, ?> source(TestElasticsearch es, String index, String url) throws IOException {
        return es.client().get(g -> g.index(index).id(PageDocument.id(url)), Map.class).source();
    }

    static Page page(String url, String language, String title, String text) {
        return new Page(url, "gov.example", title, null, language, text, CRAWLED, null, List.of());
    }

    private static void refresh(TestElasticsearch es) throws IOException {
        es.client().indices().refresh(r -> r.index(es.index()));
    }

    @SuppressWarnings("rawtypes")
    static List<String> hits(ElasticsearchClient client, String index, String field, String text) throws IOException {
        return client.search(s -> s.index(index).query(q -> q.match(m -> m.field(field).query(text))), Map.class)
                .hits().hits().stream().map(h -> (String) h.source().get("url")).toList();
    }
}
