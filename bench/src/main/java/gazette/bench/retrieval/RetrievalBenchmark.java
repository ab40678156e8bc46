package gazette.bench.retrieval;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.search.Hit;
import gazette.core.PageDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Retrieval quality on an XQuAD-R style folder: every paragraph a document in its language, every question a query
 * in the same language, MRR@10 and recall@10 per language. Gazette's side is the real search API over HTTP (on an
 * index written by the indexer's {@code BulkIndexer}); the baseline is a {@code standard}-analysed index built in the
 * same run on the same Elasticsearch and queried directly, with an any-word and an all-words query.
 */
final class RetrievalBenchmark {
    private final ElasticsearchClient client;
    private final BenchmarkIndexes indexes;
    private final int clients;
    private final int sample;

    /**
     * @param indexPrefix the indexes a run creates (and replaces): this alias and {@code <prefix>-standard}
     * @param clients     questions in flight at once, to the API and to the baseline
     * @param sample      ask every {@code sample}th question of each language (1: all); every paragraph is indexed
     */
    RetrievalBenchmark(ElasticsearchClient client, String indexPrefix, int clients, int sample) {
        if (clients < 1 || sample < 1) {
            throw new IllegalArgumentException("clients and sample must be at least 1: " + clients + ", " + sample);
        }
        this.client = client;
        this.indexes = new BenchmarkIndexes(client, indexPrefix);
        this.clients = clients;
        this.sample = sample;
    }

    /** How each side answers: the search API, or one baseline query shape. */
    enum Side { API, BASELINE_ANY_WORD, BASELINE_ALL_WORDS }

    /** Per language (in file order) and per side, the metrics; plus how many stories the documents formed. */
    record Result(Map<String, Map<Side, RankMetrics>> byLanguage, long documents, long stories, int refused,
            double seconds) {}

    /** Builds both indexes from {@code dataset}, then asks every question; {@code api} starts the search API. */
    Result run(Path dataset, Function<String, SearchApiServer> api) throws IOException {
        long t0 = System.nanoTime();
        List<Xquad> sets = new ArrayList<>();
        for (String language : Xquad.languages(dataset)) {
            sets.add(Xquad.load(dataset, language).everyNthQuestion(sample));
        }
        String gazette = indexes.gazette(sets);
        indexes.baseline(sets);
        Map<String, Map<Side, RankMetrics>> byLanguage = new LinkedHashMap<>();
        SearchApiClient http;
        try (SearchApiServer server = api.apply(indexes.gazetteAlias());
                ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            http = new SearchApiClient(server.uri());
            for (Xquad set : sets) {
                byLanguage.put(set.language(), evaluate(set, http, pool));
            }
        }
        return new Result(byLanguage, client.count(c -> c.index(gazette)).count(), stories(gazette), http.refused(),
                (System.nanoTime() - t0) / 1e9);
    }

    private Map<Side, RankMetrics> evaluate(Xquad set, SearchApiClient http, ExecutorService pool) {
        Map<Side, RankMetrics> metrics = new EnumMap<>(Side.class);
        metrics.put(Side.API, ask(set, pool, q -> http.topIds(q, RankMetrics.K)));
        metrics.put(Side.BASELINE_ANY_WORD, ask(set, pool, q -> baseline(BaselineQueries.ANY_WORD, q)));
        metrics.put(Side.BASELINE_ALL_WORDS, ask(set, pool, q -> baseline(BaselineQueries.ALL_WORDS, q)));
        return metrics;
    }

    /** Asks every question of {@code set} through {@code top}; a question without a word is a miss on every side. */
    private static RankMetrics ask(Xquad set, ExecutorService pool, Function<String, List<String>> top) {
        List<Future<List<String>>> answers = new ArrayList<>();
        for (Xquad.Question q : set.questions()) {
            answers.add(pool.submit(() -> BaselineQueries.words(q.text()).isEmpty() ? List.of() : top.apply(q.text())));
        }
        RankMetrics m = new RankMetrics();
        for (int i = 0; i < answers.size(); i++) {
            String relevant = PageDocument.id(BenchmarkIndexes.url(set.language(), set.questions().get(i).paragraphKey()));
            m.add(get(answers.get(i)), relevant);
        }
        return m;
    }

    private List<String> baseline(BaselineQueries shape, String question) {
        try {
            return client.search(s -> s.index(indexes.baselineIndex()).size(RankMetrics.K)
                    .query(shape.build(question)).source(src -> src.fetch(false)), Void.class)
                    .hits().hits().stream().map(Hit::id).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("baseline search failed for " + question, e);
        }
    }

    private static List<String> get(Future<List<String>> answer) {
        try {
            return answer.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("a question failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Distinct story ids; a set whose paragraphs all name their translations has one per paragraph key. */
    private long stories(String index) throws IOException {
        return client.search(s -> s.index(index).size(0).aggregations("stories", a -> a.cardinality(c -> c
                .field(PageDocument.STORY).precisionThreshold(40000))), Void.class)
                .aggregations().get("stories").cardinality().value();
    }

    /** A search API serving one alias, and where to reach it. */
    interface SearchApiServer extends AutoCloseable {
        URI uri();

        @Override
        void close();
    }
}
