package gazette.indexer.eval;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import gazette.core.ElasticsearchClients;
import gazette.core.ElasticsearchSettings;
import gazette.core.PageDocument;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Retrieval quality on an XQuAD-R style folder: every paragraph a document in its language, every question a query
 * in the same language, MRR@10 and recall@10 per language for Gazette's index against a plain
 * {@code standard}-analysed index built in the same run on the same Elasticsearch.
 *
 * <p>Usage: {@code RetrievalBenchmark <dataset-dir> [elasticsearch-url]} (default {@code http://127.0.0.1:9200}).
 */
public final class RetrievalBenchmark {
    /** The indexes a run creates (and replaces): this alias and {@code <alias>-standard}. */
    static final String INDEX_PREFIX = "gazette-benchmark-xquad";

    private final ElasticsearchClient client;
    private final BenchmarkIndexes indexes;

    RetrievalBenchmark(ElasticsearchClient client, String indexPrefix) {
        this.client = client;
        this.indexes = new BenchmarkIndexes(client, indexPrefix);
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: RetrievalBenchmark <dataset-dir> [elasticsearch-url]");
            System.exit(2);
        }
        String url = args.length == 2 ? args[1] : "http://127.0.0.1:9200";
        ElasticsearchClient client = ElasticsearchClients.connect(ElasticsearchSettings.of(url));
        try {
            Result result = new RetrievalBenchmark(client, INDEX_PREFIX).run(Path.of(args[0]));
            System.out.print(BenchmarkReport.markdown(result));
        } finally {
            client._transport().close();
        }
    }

    /** Per language (in file order) and per query, the metrics; plus how many stories the documents formed. */
    record Result(Map<String, Map<RetrievalQueries, RankMetrics>> byLanguage, long documents, long stories) {}

    Result run(Path dataset) throws IOException {
        List<Xquad> sets = new ArrayList<>();
        for (String language : Xquad.languages(dataset)) {
            sets.add(Xquad.load(dataset, language));
        }
        String gazette = indexes.gazette(sets);
        indexes.baseline(sets);
        Map<String, Map<RetrievalQueries, RankMetrics>> byLanguage = new LinkedHashMap<>();
        for (Xquad set : sets) {
            byLanguage.put(set.language(), evaluate(set, gazette));
        }
        return new Result(byLanguage, client.count(c -> c.index(gazette)).count(), stories(gazette));
    }

    private Map<RetrievalQueries, RankMetrics> evaluate(Xquad set, String gazette) throws IOException {
        Map<RetrievalQueries, RankMetrics> metrics = new EnumMap<>(RetrievalQueries.class);
        for (RetrievalQueries query : RetrievalQueries.values()) {
            RankMetrics m = new RankMetrics();
            String index = query.baseline() ? indexes.baselineIndex() : gazette;
            for (Xquad.Question q : set.questions()) {
                String relevant = PageDocument.id(BenchmarkIndexes.url(set.language(), q.paragraphKey()));
                m.add(top(index, query, q.text()), relevant);
            }
            metrics.put(query, m);
        }
        return metrics;
    }

    private List<String> top(String index, RetrievalQueries query, String question) throws IOException {
        if (RetrievalQueries.words(question).isEmpty()) {
            return List.of();
        }
        SearchResponse<Void> response = client.search(s -> s.index(index).size(RankMetrics.K)
                .query(query.build(question)).source(src -> src.fetch(false)), Void.class);
        return response.hits().hits().stream().map(Hit::id).toList();
    }

    /** Distinct story ids; a set whose paragraphs all name their translations has one per paragraph key. */
    private long stories(String index) throws IOException {
        return client.search(s -> s.index(index).size(0).aggregations("stories", a -> a.cardinality(c -> c
                .field(PageDocument.STORY).precisionThreshold(40000))), Void.class)
                .aggregations().get("stories").cardinality().value();
    }
}
