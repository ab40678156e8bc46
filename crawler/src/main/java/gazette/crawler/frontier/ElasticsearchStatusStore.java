package gazette.crawler.frontier;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import gazette.core.Json;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the frontier in a crawl-status index ({@link CrawlStatusIndex}): one document per URL, id the SHA-256 of
 * the URL. Uses only plain index, bulk and search (search_after), which every Elasticsearch offers.
 */
public final class ElasticsearchStatusStore implements StatusStore {
    private static final Logger LOG = LoggerFactory.getLogger(ElasticsearchStatusStore.class);
    private static final int PAGE = 1000;

    private final ElasticsearchClient client;
    private final String index;

    public ElasticsearchStatusStore(ElasticsearchClient client, String index) {
        this.client = client;
        this.index = index;
    }

    /** Creates the index from its definition unless it exists; returns this store. */
    public ElasticsearchStatusStore ensure() {
        try {
            if (!client.indices().exists(e -> e.index(index)).value()) {
                client.indices().create(c -> c.index(index).withJson(new StringReader(CrawlStatusIndex.definition())));
                LOG.info("event=index_created index={}", index);
            }
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reach Elasticsearch to prepare index " + index, e);
        }
    }

    /** Deletes the index, forgetting every URL (a crawl started over); then {@link #ensure} it. */
    public ElasticsearchStatusStore recreate() {
        try {
            if (client.indices().exists(e -> e.index(index)).value()) {
                client.indices().delete(d -> d.index(index));
                LOG.info("event=index_deleted index={}", index);
            }
            return ensure();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reach Elasticsearch to recreate index " + index, e);
        }
    }

    @Override
    public void load(Consumer<UrlStatus> each) {
        try {
            client.indices().refresh(r -> r.index(index));
            List<FieldValue> after = null;
            do {
                SearchResponse<Map> page = page(after);
                List<Hit<Map>> hits = page.hits().hits();
                hits.forEach(hit -> each.accept(Json.mapper().convertValue(hit.source(), UrlStatus.class)));
                after = hits.size() < PAGE ? null : hits.get(hits.size() - 1).sort();
            } while (after != null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the crawl status from " + index, e);
        }
    }

    @Override
    public void write(Collection<UrlStatus> records) {
        List<BulkOperation> operations = records.stream().map(this::operation).toList();
        try {
            BulkResponse response = client.bulk(b -> b.index(index).operations(operations));
            List<String> errors = response.items().stream().filter(i -> i.error() != null)
                    .map(ElasticsearchStatusStore::describe).toList();
            if (!errors.isEmpty()) {
                throw new IllegalStateException(errors.size() + " crawl-status records rejected by " + index
                        + ", first: " + errors.get(0));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the crawl status to " + index, e);
        }
    }

    private SearchResponse<Map> page(List<FieldValue> after) throws IOException {
        return client.search(s -> {
            s.index(index).size(PAGE).query(q -> q.matchAll(m -> m))
                    .sort(o -> o.field(f -> f.field("depth").order(SortOrder.Asc)))
                    .sort(o -> o.field(f -> f.field("url").order(SortOrder.Asc)));
            return after == null ? s : s.searchAfter(after);
        }, Map.class);
    }

    private BulkOperation operation(UrlStatus status) {
        @SuppressWarnings("unchecked")
        Map<String, Object> source = Json.mapper().convertValue(status, Map.class);
        return BulkOperation.of(o -> o.index(i -> i.id(status.id()).document(source)));
    }

    private static String describe(BulkResponseItem item) {
        return item.id() + ": " + item.error().type() + " " + item.error().reason();
    }
}
