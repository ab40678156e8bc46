package gazette.bench.retrieval;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import gazette.core.Page;
import gazette.core.PageDocument;
import gazette.indexer.BulkIndexer;
import gazette.indexer.BulkSettings;
import gazette.indexer.IndexLifecycle;
import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Builds the two indexes the benchmark searches from the same paragraphs: Gazette's pages index, written by
 * {@link BulkIndexer} exactly as crawled pages are, and a baseline index with one {@code standard}-analysed field.
 * Each paragraph names its translations as alternates, so the set also exercises story linking.
 */
final class BenchmarkIndexes {
    private static final String BASELINE_MAPPING = """
            {"settings": {"number_of_shards": 1, "number_of_replicas": 0},
             "mappings": {"properties": {"body": {"type": "text", "analyzer": "standard"}}}}""";
    private static final Instant CRAWLED = Instant.parse("2025-01-01T00:00:00Z");

    private final ElasticsearchClient client;
    private final String gazetteAlias;
    private final String baseline;

    /** Indexes named {@code <prefix>} (Gazette's alias; the index is its versioned name) and {@code <prefix>-standard}. */
    BenchmarkIndexes(ElasticsearchClient client, String prefix) {
        this.client = client;
        this.gazetteAlias = prefix;
        this.baseline = prefix + "-standard";
    }

    String gazetteAlias() {
        return gazetteAlias;
    }

    String baselineIndex() {
        return baseline;
    }

    /** The URL a paragraph is indexed under; its document id is {@code PageDocument.id(url)}. */
    static String url(String language, String key) {
        return "https://xquad.example/" + language + "/" + key;
    }

    /** Recreates and fills Gazette's index; returns the concrete index name. */
    String gazette(List<Xquad> sets) throws IOException {
        String index = new IndexLifecycle(client).recreate(gazetteAlias);
        List<String> languages = sets.stream().map(Xquad::language).toList();
        try (BulkIndexer indexer = new BulkIndexer(client, index, BulkSettings.defaults())) {
            for (Xquad set : sets) {
                set.paragraphs().forEach(p -> indexer.accept(page(set.language(), p, languages)));
            }
        }
        client.indices().refresh(r -> r.index(index));
        return index;
    }

    /** A paragraph as the crawler would hand it over: no title, no date, its translations as alternates. */
    private static Page page(String language, Xquad.Paragraph p, List<String> languages) {
        List<Page.Alternate> alternates = languages.stream()
                .map(l -> new Page.Alternate(l, url(l, p.key()))).toList();
        return new Page(url(language, p.key()), "xquad.example", "", null, language, p.text(), CRAWLED, null,
                alternates);
    }

    /** Recreates and fills the baseline index. */
    void baseline(List<Xquad> sets) throws IOException {
        if (client.indices().exists(e -> e.index(baseline)).value()) {
            client.indices().delete(d -> d.index(baseline));
        }
        client.indices().create(c -> c.index(baseline).withJson(new StringReader(BASELINE_MAPPING)));
        for (Xquad set : sets) {
            List<BulkOperation> ops = set.paragraphs().stream().map(p -> BulkOperation.of(o -> o.index(i -> i
                    .id(PageDocument.id(url(set.language(), p.key())))
                    .document(Map.of(BaselineQueries.FIELD, p.text()))))).toList();
            BulkResponse response = client.bulk(b -> b.index(baseline).operations(ops));
            if (response.errors()) {
                throw new IllegalStateException("baseline bulk failed: " + response.items().stream()
                        .filter(i -> i.error() != null).findFirst().map(i -> i.error().reason()).orElse("?"));
            }
        }
        client.indices().refresh(r -> r.index(baseline));
    }
}
