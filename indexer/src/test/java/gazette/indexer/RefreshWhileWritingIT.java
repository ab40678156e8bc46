package gazette.indexer;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch._types.Time;
import co.elastic.clients.elasticsearch.indices.IndexSettings;
import gazette.testing.ElasticsearchExtension;
import gazette.testing.TestElasticsearch;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** An open indexer slows the index's refreshes; closing it restores them and makes every page searchable. */
@ExtendWith(ElasticsearchExtension.class)
class RefreshWhileWritingIT {

    @Test
    void refreshesEvery30SecondsWhileOpenAndMakesEveryPageSearchableOnClose(TestElasticsearch es) throws IOException {
        String index = new IndexLifecycle(es.client()).recreate(es.index());
        BulkSettings bulk = BulkSettings.defaults().withRefreshWhileWriting(Duration.ofSeconds(30));
        BulkIndexer indexer = new BulkIndexer(es.client(), index, bulk);
        assertThat(refreshInterval(es, index)).as("before the first write").isNull();

        indexer.accept(BulkIndexerIT.page("https://gov.example/en/1", "en", "Pension reform", "Pensions rise in May."));
        indexer.flush();
        assertThat(refreshInterval(es, index)).as("while writing").isEqualTo("30s");
        indexer.accept(BulkIndexerIT.page("https://gov.example/zh/1", "zh", "会议", "国家老龄办主任会议在北京召开"));
        indexer.close();

        assertThat(refreshInterval(es, index)).as("after closing: the default again").isNull();
        assertThat(es.client().count(c -> c.index(index)).count()).as("searchable without a refresh of ours")
                .isEqualTo(2);
    }

    @Test
    void leavesTheIntervalAloneWhenToldNothing(TestElasticsearch es) throws IOException {
        String index = new IndexLifecycle(es.client()).recreate(es.index() + "-as-defined");
        try (BulkIndexer indexer = new BulkIndexer(es.client(), index,
                BulkSettings.defaults().withRefreshWhileWriting(null))) {
            indexer.accept(BulkIndexerIT.page("https://gov.example/en/2", "en", "Roads", "New roads in June."));
            indexer.flush();
            assertThat(refreshInterval(es, index)).isNull();
        }
    }

    /** The index's own {@code refresh_interval}, null when it has none. */
    private static String refreshInterval(TestElasticsearch es, String index) throws IOException {
        IndexSettings settings = es.client().indices().getSettings(g -> g.index(index)).get(index).settings();
        IndexSettings nested = settings.index() != null ? settings.index() : settings;
        Time interval = nested.refreshInterval();
        return interval == null ? null : interval.time();
    }
}
