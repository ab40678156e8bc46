package gazette.indexer.eval;

import static org.assertj.core.api.Assertions.assertThat;

import gazette.testing.TestElasticsearch;
import gazette.testing.WithElasticsearch;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The benchmark end to end on a two-language fixture in the XQuAD-R layout. */
@WithElasticsearch
class RetrievalBenchmarkIT {

    @Test
    void scoresEveryLanguageAgainstTheBaselineAndLinksParallelParagraphs(TestElasticsearch es) throws Exception {
        RetrievalBenchmark.Result result = new RetrievalBenchmark(es.client(), es.index()).run(fixture());

        assertThat(result.byLanguage()).containsOnlyKeys("en", "zh");
        assertThat(result.documents()).isEqualTo(6);
        assertThat(result.stories()).isEqualTo(3);
        Map<RetrievalQueries, RankMetrics> zh = result.byLanguage().get("zh");
        assertThat(zh.get(RetrievalQueries.ANY_WORD).questions()).isEqualTo(4);
        assertThat(zh.get(RetrievalQueries.ANY_WORD).mrr()).isEqualTo(1.0);
        assertThat(result.byLanguage().get("en").get(RetrievalQueries.ANY_WORD).recall()).isEqualTo(1.0);
        assertThat(BenchmarkReport.markdown(result)).contains("| zh | 4 |").contains("| **all** | 8 |");
    }

    @Test
    void questionsCountOnlyTheirOwnParagraphInTheTopTen() {
        RankMetrics m = new RankMetrics();
        m.add(List.of("a", "b", "c"), "b");
        m.add(List.of("a", "b", "c"), "z");

        assertThat(m.mrr()).isEqualTo(0.25);
        assertThat(m.recall()).isEqualTo(0.5);
    }

    private static Path fixture() throws URISyntaxException {
        return Path.of(RetrievalBenchmarkIT.class.getResource("/xquad-mini/en.json").toURI()).getParent();
    }
}
