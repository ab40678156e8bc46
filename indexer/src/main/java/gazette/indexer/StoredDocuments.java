package gazette.indexer;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import gazette.core.PageDocument;
import gazette.indexer.dedup.Stored;
import gazette.indexer.dedup.Write;
import gazette.indexer.dedup.WritePlan;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the documents a batch of writes may touch: those under the writes' URLs (as id, own URL or duplicate URL),
 * those with the same content hash, and near-duplicate candidates sharing a simhash band. Exact matches score
 * above band matches, so if the candidates overflow the page size only band candidates are cut.
 */
final class StoredDocuments {
    private static final int MAX = 10_000;

    private final ElasticsearchClient client;
    private final String index;

    StoredDocuments(ElasticsearchClient client, String index) {
        this.client = client;
        this.index = index;
    }

    @SuppressWarnings("unchecked")
    List<Stored> touchedBy(List<Write> writes) throws IOException {
        Set<String> urls = new LinkedHashSet<>();
        Set<String> hashes = new LinkedHashSet<>();
        Set<String> bands = new LinkedHashSet<>();
        writes.forEach(w -> collect(w, urls, hashes, bands));
        List<Query> should = new ArrayList<>();
        should.add(exact(Query.of(q -> q.ids(i -> i.values(urls.stream().map(PageDocument::id).toList())))));
        should.add(exact(terms(PageDocument.URL, urls)));
        should.add(exact(terms(PageDocument.URLS, urls)));
        if (!hashes.isEmpty()) {
            should.add(exact(terms(PageDocument.CONTENT_HASH, hashes)));
        }
        if (!bands.isEmpty()) {
            should.add(scored(terms(PageDocument.SIMHASH_BANDS, bands), 1f));
        }
        int size = Math.min(MAX, 8 * writes.size() + 100);
        return client.search(s -> s.index(index).size(size).seqNoPrimaryTerm(true)
                        .query(q -> q.bool(b -> b.should(should))), Map.class)
                .hits().hits().stream()
                .map(h -> new Stored(h.id(), (Map<String, Object>) h.source(), h.seqNo(), h.primaryTerm())).toList();
    }

    private static void collect(Write write, Set<String> urls, Set<String> hashes, Set<String> bands) {
        urls.add(write.url());
        if (write instanceof Write.Accept a && WritePlan.dedupable(a.source())) {
            hashes.add((String) a.source().get(PageDocument.CONTENT_HASH));
            if (a.source().get(PageDocument.SIMHASH_BANDS) instanceof List<?> list) {
                list.forEach(b -> bands.add(b.toString()));
            }
        }
    }

    private static Query exact(Query filter) {
        return scored(filter, 10f);
    }

    private static Query scored(Query filter, float score) {
        return Query.of(q -> q.constantScore(c -> c.filter(filter).boost(score)));
    }

    private static Query terms(String field, Set<String> values) {
        List<FieldValue> terms = values.stream().map(FieldValue::of).toList();
        return Query.of(q -> q.terms(t -> t.field(field).terms(v -> v.value(terms))));
    }
}
