package gazette.bench.search;

import static org.assertj.core.api.Assertions.assertThat;

import gazette.testing.TestElasticsearch;
import gazette.testing.WithElasticsearch;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark end to end on a tiny index (120 pages from the two-language xquad fixture), run twice: counts of
 * pages, searches and recorded requests, never timings.
 */
@WithElasticsearch
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchLoadBenchmarkIT {
    private static final int CALLS_PER_ROUND = 30;
    private static final SearchLoadBenchmark.Settings SETTINGS =
            new SearchLoadBenchmark.Settings(120, 12, 4, 2, Duration.ofMinutes(2), CALLS_PER_ROUND);

    private String alias;
    private SearchLoadBenchmark.Result first;
    private SearchLoadBenchmark.Result second;

    @BeforeAll
    void runTwice(TestElasticsearch es, @TempDir Path datasets) throws Exception {
        CorpusText text = CorpusText.load(fixture(datasets));
        alias = es.index();
        first = new SearchLoadBenchmark(SETTINGS, text).run(es.client(), URI.create(es.url()), alias);
        second = new SearchLoadBenchmark(SETTINGS, text).run(es.client(), URI.create(es.url()), alias);
    }

    @Test
    void indexesTheWantedNumberOfPagesOnceAndReusesThemOnTheSecondRun() {
        assertThat(first.indexed()).isTrue();
        assertThat(first.documents()).isEqualTo(120);
        assertThat(second.indexed()).isFalse();
        assertThat(second.documents()).isEqualTo(120);
    }

    @Test
    void eachSideSendsItsBudgetInEveryCountedRoundWithoutAnError() {
        for (SearchLoadBenchmark.Result r : new SearchLoadBenchmark.Result[] {first, second}) {
            assertThat(r.api().calls()).isEqualTo(2 * CALLS_PER_ROUND);
            assertThat(r.direct().calls()).isEqualTo(2 * CALLS_PER_ROUND);
            assertThat(r.api().errors()).as(r.api().firstError()).isZero();
            assertThat(r.direct().errors()).as(r.direct().firstError()).isZero();
        }
    }

    @Test
    void recordsTheApisOwnSearchRequestWithHighlightingAndFacetsForEveryQuery() {
        Workload w = first.workload();
        assertThat(w.refused()).isZero();
        assertThat(w.queries()).hasSize(12);
        assertThat(w.queries()).extracting(QueryMix.Query::kind).containsOnly(QueryMix.Kind.values());
        assertThat(w.directCalls()).allSatisfy(call -> {
            assertThat(call).hasSize(1);
            assertThat(call.getFirst().pathAndQuery()).startsWith("/" + alias + "/_search");
            assertThat(call.getFirst().acceptEncoding()).as("replayed, so both sides get the same answer")
                    .contains("gzip");
            String body = new String(call.getFirst().body(), StandardCharsets.UTF_8);
            assertThat(body).contains("\"highlight\"", "\"aggregations\"", "\"collapse\"");
        });
    }

    @Test
    void reportHasOneRowPerSideAndTheRatio() {
        String report = SearchLoadReport.markdown(SETTINGS, first, 1);
        assertThat(report).startsWith("documents: 120 (indexed in ")
                .contains("| search API | 60 | 0 |", "| Elasticsearch direct | 60 | 0 |", "p99 ratio API / direct: ");
    }

    /** The dataset layout the benchmark reads, holding only the xquad fixture. */
    private static Path fixture(Path root) throws IOException, URISyntaxException {
        Path xquad = Files.createDirectories(root.resolve("relevance/xquad-r"));
        Path tiny = Path.of(Objects.requireNonNull(SearchLoadBenchmarkIT.class.getResource("/xquad-tiny")).toURI());
        for (String file : new String[] {"de.json", "en.json"}) {
            Files.copy(tiny.resolve(file), xquad.resolve(file));
        }
        return root;
    }
}
