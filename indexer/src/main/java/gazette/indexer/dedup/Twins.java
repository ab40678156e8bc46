package gazette.indexer.dedup;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import gazette.core.PageDocument;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Exact duplicates that two indexers (two crawler processes) wrote at the same moment: each looked for the text's
 * document before writing, neither could see the other's (a search sees refreshed documents only), so each created
 * one. Of two such creates, the indexer acknowledged last finds both after a refresh; writing one of them again then
 * folds them into one document ({@link WritePlan} merges every document of a text, with the same result whichever
 * indexer does it). One instance serves one indexer and keeps only the content hashes of the documents it created.
 */
public final class Twins {
    private static final Logger log = LoggerFactory.getLogger(Twins.class);
    /** Hashes per lookup: well below Elasticsearch's limits on terms, buckets and hits. */
    private static final int CHUNK = 1_000;

    private final Set<String> created = new LinkedHashSet<>();

    /** Notes the documents {@code ops} created for texts that dedup merges, unless one of their writes failed. */
    public synchronized void created(List<Op> ops, Set<Write> again, Set<Write> refused) {
        for (Op op : ops) {
            boolean failed = op.writes().stream().anyMatch(w -> again.contains(w) || refused.contains(w));
            if (op.kind() == Op.Kind.CREATE && !failed && WritePlan.dedupable(op.source())) {
                created.add((String) op.source().get(PageDocument.CONTENT_HASH));
            }
        }
    }

    /**
     * Refreshes {@code index} and returns, for each noted text that has more than one document there, one of them
     * as a write to plan again; forgets the noted texts. When Elasticsearch cannot answer, the twins stay until a
     * later write of their text merges them, as before this check.
     */
    public synchronized List<Write> toFold(ElasticsearchClient client, String index) {
        if (created.isEmpty()) {
            return List.of();
        }
        List<String> hashes = List.copyOf(created);
        created.clear();
        try {
            client.indices().refresh(r -> r.index(index));
            List<Write> fold = new ArrayList<>();
            for (int from = 0; from < hashes.size(); from += CHUNK) {
                fold.addAll(twins(client, index, hashes.subList(from, Math.min(hashes.size(), from + CHUNK))));
            }
            log.info("event=twins_checked index={} texts={} folded={}", index, hashes.size(), fold.size());
            return fold;
        } catch (IOException | ElasticsearchException e) {
            log.warn("event=twins_unchecked index={} texts={} error=\"{}\"", index, hashes.size(), e.getMessage());
            return List.of();
        }
    }

    /** One document of each text among {@code hashes} that has several, as an accepted page. */
    @SuppressWarnings("unchecked")
    private static List<Write> twins(ElasticsearchClient client, String index, List<String> hashes)
            throws IOException {
        List<FieldValue> terms = hashes.stream().map(FieldValue::of).toList();
        var response = client.search(s -> s.index(index).size(0)
                .query(q -> q.terms(t -> t.field(PageDocument.CONTENT_HASH).terms(v -> v.value(terms))))
                .aggregations("hashes", a -> a.terms(t -> t.field(PageDocument.CONTENT_HASH).size(hashes.size())
                        .minDocCount(2)).aggregations("one", o -> o.topHits(h -> h.size(1)))), Void.class);
        List<Write> twins = new ArrayList<>();
        for (StringTermsBucket bucket : response.aggregations().get("hashes").sterms().buckets().array()) {
            Hit<JsonData> hit = bucket.aggregations().get("one").topHits().hits().hits().getFirst();
            Map<String, Object> source = hit.source().to(Map.class);
            twins.add(new Write.Accept(PageDocument.page(source), source));
        }
        return twins;
    }
}
