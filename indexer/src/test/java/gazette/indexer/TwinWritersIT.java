package gazette.indexer;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.search.Hit;
import gazette.core.ElasticsearchClients;
import gazette.core.ElasticsearchSettings;
import gazette.core.Page;
import gazette.core.PageDocument;
import gazette.testing.TestElasticsearch;
import gazette.testing.WithElasticsearch;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Two crawler processes' indexers (two clients, two {@link BulkIndexer}s) write the same text under different URLs at
 * the same moment. Refreshes are off on the index, so neither can see the other's document when it looks: each
 * creates one, whatever the interleaving. Once both have closed, the text has one document listing both URLs.
 */
@WithElasticsearch
class TwinWritersIT {
    private static final String RELEASE = """
            The Ministry of Civil Affairs held a press conference on Tuesday to present the national plan for the \
            care of older people. The plan sets targets for community care centres, home visits and the training \
            of nursing staff in every province.""";
    private static final String FIRST_HOST = "https://first.gov.example/news/plan";
    private static final String SECOND_HOST = "https://second.gov.example/news/2024/plan.html";
    private static final BulkSettings ONE_BY_ONE =
            new BulkSettings(1, Duration.ZERO, Duration.ZERO, Duration.ofSeconds(30));

    @Test
    void duplicatesWrittenAtTheSameMomentByTwoIndexersEndInOneDocument(TestElasticsearch es) throws Exception {
        String index = new IndexLifecycle(es.client()).recreate(es.index() + "-twins");
        es.client().indices().putSettings(s -> s.index(index).settings(i -> i.refreshInterval(t -> t.time("-1"))));
        ElasticsearchClient firstClient = ElasticsearchClients.connect(ElasticsearchSettings.of(es.url()));
        ElasticsearchClient secondClient = ElasticsearchClients.connect(ElasticsearchSettings.of(es.url()));
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            BulkIndexer first = started(firstClient, index, "https://first.gov.example/");
            BulkIndexer second = started(secondClient, index, "https://second.gov.example/");

            both(threads, () -> write(first, FIRST_HOST), () -> write(second, SECOND_HOST));
            assertThat(documentsOf(es, index)).as("documents of the text before the indexers close").hasSize(2);
            both(threads, () -> close(first), () -> close(second));

            List<Hit<Map>> after = documentsOf(es, index);
            assertThat(after).singleElement().satisfies(h -> {
                assertThat(h.id()).isEqualTo(PageDocument.id(FIRST_HOST));
                assertThat(h.source().get(PageDocument.URLS)).isEqualTo(List.of(FIRST_HOST, SECOND_HOST));
                assertThat(h.source().get(PageDocument.URL_IDS))
                        .isEqualTo(List.of(PageDocument.id(FIRST_HOST), PageDocument.id(SECOND_HOST)));
            });
            assertThat(first.rejections()).isEmpty();
            assertThat(second.rejections()).isEmpty();
        } finally {
            threads.shutdownNow();
            firstClient._transport().close();
            secondClient._transport().close();
        }
    }

    /**
     * An indexer that has flushed once: its first lookup refreshes (it cannot know what others wrote before it
     * started), later ones do not until a conflict shows another writer (they see its own writes without one).
     */
    private static BulkIndexer started(ElasticsearchClient client, String index, String home) {
        BulkIndexer indexer = new BulkIndexer(client, index, ONE_BY_ONE);
        indexer.accept(page(home, "The home page of " + home + " lists the ministry's news and notices."));
        indexer.flush();
        return indexer;
    }

    private static Void write(BulkIndexer indexer, String url) {
        indexer.accept(page(url, RELEASE));
        indexer.flush();
        return null;
    }

    private static Void close(BulkIndexer indexer) {
        indexer.close();
        return null;
    }

    /** Runs both at once, started together, and waits for both. */
    private static void both(ExecutorService threads, Callable<Void> one, Callable<Void> other) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Void>> running = List.of(threads.submit(() -> {
            start.await();
            return one.call();
        }), threads.submit(() -> {
            start.await();
            return other.call();
        }));
        start.countDown();
        for (Future<Void> f : running) {
            f.get(60, TimeUnit.SECONDS);
        }
    }

    private static List<Hit<Map>> documentsOf(TestElasticsearch es, String index) throws IOException {
        es.client().indices().refresh(r -> r.index(index));
        return es.client().search(s -> s.index(index).query(q -> q.term(t -> t.field(PageDocument.CONTENT_HASH)
                .value(page(FIRST_HOST, RELEASE).contentHash()))), Map.class).hits().hits();
    }

    private static Page page(String url, String text) {
        return new Page(url, URI.create(url).getHost(), "Care plan", null, "en", text,
                Instant.parse("2024-01-01T00:00:00Z"), null, List.of());
    }
}
