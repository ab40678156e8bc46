package gazette.indexer;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Time;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.ResponseBody;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Copies every document of one index into another under the same id, rewritten by {@link Migration}. Reads with a
 * scroll sorted by {@code _doc} and writes in bulk, because the embedded node has no {@code _reindex}. Any item
 * Elasticsearch refuses stops the copy: a reindex that lost documents must not be swapped in.
 */
final class IndexCopy {
    private static final int PAGE = 500;
    private static final Time KEEP_ALIVE = Time.of(t -> t.time("2m"));

    private final ElasticsearchClient client;

    IndexCopy(ElasticsearchClient client) {
        this.client = client;
    }

    /** Copies {@code from} into {@code to}; returns how many documents were copied. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    long copy(String from, String to, Set<String> fields) throws IOException {
        ResponseBody<Map> page = client.search(s -> s.index(from).size(PAGE).scroll(KEEP_ALIVE)
                .sort(o -> o.field(f -> f.field("_doc"))), Map.class);
        String scrollId = page.scrollId();
        long copied = 0;
        try {
            while (!page.hits().hits().isEmpty()) {
                copied += write(to, (List) page.hits().hits(), fields);
                String id = scrollId;
                page = client.scroll(s -> s.scrollId(id).scroll(KEEP_ALIVE), Map.class);
                scrollId = page.scrollId();
            }
        } finally {
            String id = scrollId;
            client.clearScroll(c -> c.scrollId(id));
        }
        return copied;
    }

    private int write(String to, List<Hit<Map<String, Object>>> hits, Set<String> fields) throws IOException {
        List<BulkOperation> ops = hits.stream().map(h -> BulkOperation.of(o -> o.index(i -> i.id(h.id())
                .document(Migration.of(h.id(), h.source(), fields))))).toList();
        BulkResponse response = client.bulk(b -> b.index(to).operations(ops));
        response.items().stream().filter(i -> i.error() != null).findFirst().ifPresent(i -> {
            throw new IllegalStateException("copying document " + i.id() + " into " + to + " failed: "
                    + i.error().type() + ": " + i.error().reason());
        });
        return hits.size();
    }
}
