package gazette.bench.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import gazette.bench.retrieval.RetrievalBenchmark.Side;
import gazette.testing.TestElasticsearch;
import gazette.testing.WithElasticsearch;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The benchmark end to end on a two-language fixture of four paragraphs: each language has four questions that
 * quote a sentence of their paragraph (which must rank first on every side) and one without a word (a miss).
 */
@WithElasticsearch
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RetrievalBenchmarkIT {
    private RetrievalBenchmark.Result result;

    @BeforeAll
    void run(TestElasticsearch es) throws Exception {
        result = new RetrievalBenchmark(es.client(), es.index(), 2, 1)
                .run(fixture(), alias -> ApiServer.start(es.client(), alias));
    }

    @Test
    void indexesEveryParagraphAsOneDocumentAndLinksTranslationsIntoStories() {
        assertThat(result.documents()).isEqualTo(8);
        assertThat(result.stories()).isEqualTo(4);
        assertThat(result.byLanguage().keySet()).containsExactly("de", "en");
    }

    @Test
    void aQuotedSentenceRanksItsParagraphFirstThroughTheSearchApi() {
        for (Map<Side, RankMetrics> sides : result.byLanguage().values()) {
            RankMetrics api = sides.get(Side.API);
            assertThat(api.questions()).isEqualTo(5);
            assertThat(api.mrr()).isCloseTo(0.8, within(1e-9));
            assertThat(api.recall()).isCloseTo(0.8, within(1e-9));
        }
    }

    @Test
    void bothBaselineShapesFindTheQuotedParagraphFirst() {
        for (Map<Side, RankMetrics> sides : result.byLanguage().values()) {
            assertThat(sides.get(Side.BASELINE_ANY_WORD).mrr()).isCloseTo(0.8, within(1e-9));
            assertThat(sides.get(Side.BASELINE_ALL_WORDS).mrr()).isCloseTo(0.8, within(1e-9));
        }
    }

    @Test
    void reportHasBothTablesWithRatiosOfOne() {
        String report = BenchmarkReport.markdown(result);
        assertThat(report).startsWith("documents: 8, stories: 4, questions the API refused (400): 0, run: ")
                .contains("### Search API vs. baseline, any word", "### Search API vs. baseline, all words")
                .contains("| en | 5 | 0.800 | 0.800 | 1.00 | 0.800 | 0.800 | 1.00 |")
                .contains("| **all** | 10 | 0.800 | 0.800 | 1.00 | 0.800 | 0.800 | 1.00 |");
    }

    private static Path fixture() throws URISyntaxException {
        return Path.of(Objects.requireNonNull(RetrievalBenchmarkIT.class.getResource("/xquad-tiny/en.json")).toURI())
                .getParent();
    }
}
