package gazette.indexer;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import gazette.core.ElasticsearchClients;
import gazette.core.ElasticsearchSettings;
import gazette.core.PageDocument;
import gazette.testing.ElasticsearchExtension;
import gazette.testing.FaultProxy;
import gazette.testing.TestElasticsearch;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Elasticsearch goes away while batches are in flight in the bulk ingester and comes back: the flush returns only
 * once every page is indexed, each exactly once, none refused.
 */
@ExtendWith(ElasticsearchExtension.class)
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class BulkIndexerOutageIT {
    private static final BulkSettings FAST_RETRY =
            new BulkSettings(5, Duration.ofMillis(50), Duration.ofMillis(400), Duration.ofMinutes(1));
    private static final int PAGES = 60;

    @Test
    void anOutageWithBatchesInFlightLosesNoPage(TestElasticsearch es) throws IOException {
        String index = new IndexLifecycle(es.client()).recreate(es.index() + "-outage");
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        try (FaultProxy proxy = FaultProxy.start(URI.create(es.url()).getPort());
                ElasticsearchClient viaProxy = ElasticsearchClients.connect(ElasticsearchSettings.of(proxy.url()))) {
            BulkIndexer indexer = new BulkIndexer(viaProxy, index, FAST_RETRY);
            for (int i = 0; i < PAGES; i++) {
                if (i == PAGES / 3) {
                    proxy.cut(); // with the batch before in flight: its answer never comes
                    timer.schedule(proxy::restore, 1, TimeUnit.SECONDS);
                }
                indexer.accept(BulkIndexerIT.page(url(i), "en", "Notice " + i, text(i)));
            }
            indexer.close();

            assertThat(proxy.refused()).as("connections refused while cut").isPositive();
            assertThat(indexer.rejections()).isEmpty();
            assertThat(indexer.indexed()).isEqualTo(PAGES);
        } finally {
            timer.shutdownNow();
        }
        es.client().indices().refresh(r -> r.index(index));
        assertThat(urls(es.client(), index)).containsExactlyInAnyOrderElementsOf(
                IntStream.range(0, PAGES).mapToObj(BulkIndexerOutageIT::url).toList());
    }

    @SuppressWarnings("rawtypes")
    private static List<String> urls(ElasticsearchClient client, String index) throws IOException {
        return client.search(s -> s.index(index).size(2 * PAGES), Map.class).hits().hits().stream()
                .map(h -> (String) h.source().get(PageDocument.URL)).toList();
    }

    private static String url(int i) {
        return "https://gov.example/en/notice-" + i;
    }

    private static String text(int i) {
        return "Notice number " + i + " of the pension office: the office at street " + (i * 7919 % 1000)
                + " opens on day " + i + " of the month for questions about allowance " + (i * 104729 % 997) + ".";
    }
}
