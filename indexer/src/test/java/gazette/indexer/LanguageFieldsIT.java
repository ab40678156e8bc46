package gazette.indexer;

import static org.assertj.core.api.Assertions.assertThat;

import gazette.core.Page;
import gazette.testing.TestElasticsearch;
import gazette.testing.WithElasticsearch;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Mixed-language pages through search, and Russian case endings on names. */
@WithElasticsearch
class LanguageFieldsIT {
    private static final String REPORT = "https://gov.example/zh/report";
    private static final String PUTIN = "https://gov.example/ru/visit";
    private static TestElasticsearch es;

    @BeforeAll
    static void index(TestElasticsearch cluster) throws IOException {
        es = cluster;
        String index = new IndexLifecycle(es.client()).recreate(es.index());
        try (BulkIndexer indexer = new BulkIndexer(es.client(), index, BulkSettings.defaults())) {
            indexer.accept(page(REPORT, "zh", "养老服务发展报告", """
                    国家老龄办发布养老服务发展报告，介绍农村养老服务的进展。

                    Abstract: The report examines the pension reforms of the last decade and their effect on \
                    rural households.

                    报告全文见附件。"""));
            indexer.accept(page("https://gov.example/en/budget", "en", "Budget", "The budget was published today."));
            indexer.accept(page(PUTIN, "ru", "Визит", "Премьер-министр встретился с Владимиром Путиным и обсудил визит Путина."));
        }
        es.client().indices().refresh(r -> r.index(es.index()));
    }

    @Test
    void englishQueryFindsTheEnglishAbstractOfAChinesePageByStem() throws IOException {
        assertThat(BulkIndexerIT.hits(es.client(), es.index(), "body_en", "reforming pension")).containsExactly(REPORT);
        assertThat(BulkIndexerIT.hits(es.client(), es.index(), "body_en", "household")).containsExactly(REPORT);
    }

    @Test
    void chineseQueryStillFindsTheChineseText() throws IOException {
        assertThat(BulkIndexerIT.hits(es.client(), es.index(), "body_zh", "养老服务")).containsExactly(REPORT);
        assertThat(BulkIndexerIT.hits(es.client(), es.index(), "body_zh", "reform")).isEmpty();
    }

    @Test
    void russianFieldMatchesANameInAnyCase() throws IOException {
        assertThat(BulkIndexerIT.hits(es.client(), es.index(), "body_ru", "Путин")).containsExactly(PUTIN);
        assertThat(BulkIndexerIT.hits(es.client(), es.index(), "body_ru", "Путину")).containsExactly(PUTIN);
    }

    private static Page page(String url, String language, String title, String text) {
        return new Page(url, "gov.example", title, null, language, text, Instant.parse("2024-01-01T00:00:00Z"), null,
                List.of());
    }
}
