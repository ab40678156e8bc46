package gazette.crawler.frontier;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
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
import java.util.ArrayList;
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
    private final OutageRetry retry;

    /** Waits out outages with {@link OutageRetry.Settings#defaults()}. */
    public ElasticsearchStatusStore(ElasticsearchClient client, String index) {
        this(client, index, OutageRetry.of(OutageRetry.Settings.defaults()));
    }

    /** {@code retry} decides how long reads and writes wait for an unreachable Elasticsearch. */
    public ElasticsearchStatusStore(ElasticsearchClient client, String index, OutageRetry retry) {
        this.client = client;
        this.index = index;
        this.retry = retry;
    }

    /** Creates the index from its definition unless it exists; returns this store. */
    public ElasticsearchStatusStore ensure() {
        retry.call("crawl_status_ensure", index, () -> {
            if (client.indices().exists(e -> e.index(index)).value()) {
                addNewFields();
            } else {
                client.indices().create(c -> c.index(index).withJson(new StringReader(CrawlStatusIndex.definition())));
                LOG.info("event=index_created index={}", index);
            }
            return null;
        });
        return this;
    }

    /** Deletes the index, forgetting every URL (a crawl started over); then {@link #ensure} it. */
    public ElasticsearchStatusStore recreate() {
        retry.call("crawl_status_recreate", index, () -> {
            if (client.indices().exists(e -> e.index(index)).value()) {
                client.indices().delete(d -> d.index(index));
                LOG.info("event=index_deleted index={}", index);
            }
            return null;
        });
        return ensure();
    }

    @Override
    public void load(Consumer<UrlStatus> each) {
        retry.call("crawl_status_refresh", index, () -> client.indices().refresh(r -> r.index(index)));
        List<FieldValue> after = null;
        do {
            List<FieldValue> from = after;
            List<Hit<Map>> hits = retry.call("crawl_status_load", index, () -> page(from)).hits().hits();
            hits.forEach(hit -> each.accept(Json.mapper().convertValue(hit.source(), UrlStatus.class)));
            after = hits.size() < PAGE ? null : hits.get(hits.size() - 1).sort();
        } while (after != null);
    }

    /**
     * Bulk-writes the records; while Elasticsearch is unreachable or pushes back (429, 5xx, also per record) it waits
     * and sends what is left again, so an outage pauses the crawl instead of ending it.
     *
     * @throws IllegalStateException when Elasticsearch rejected a record for good (e.g. a mapping error)
     * @throws StoreUnavailableException when it stayed away longer than the retry settings allow
     */
    @Override
    public void write(Collection<UrlStatus> records) {
        write(records, false);
    }

    /** As {@link #write}, with create operations: a URL that has a record keeps it (409, not an error). */
    @Override
    public void writeMissing(Collection<UrlStatus> records) {
        write(records, true);
    }

    private void write(Collection<UrlStatus> records, boolean onlyMissing) {
        List<UrlStatus> pending = List.copyOf(records);
        OutageRetry.Attempts attempts = retry.start("crawl_status_write", index);
        while (!pending.isEmpty()) {
            pending = send(pending, attempts, onlyMissing);
        }
        attempts.succeeded();
    }

    /** One bulk request; returns the records to send again. */
    private List<UrlStatus> send(List<UrlStatus> records, OutageRetry.Attempts attempts, boolean onlyMissing) {
        BulkResponse response;
        try {
            response = client.bulk(b -> b.index(index).operations(records.stream()
                    .map(r -> operation(r, onlyMissing)).toList()));
        } catch (IOException e) {
            attempts.pause("elasticsearch_unreachable", e);
            return records;
        } catch (ElasticsearchException e) {
            if (!OutageRetry.retryable(e.status())) {
                throw e;
            }
            attempts.pause("elasticsearch_status_" + e.status(), e);
            return records;
        }
        List<UrlStatus> again = settle(records, response.items());
        if (!again.isEmpty()) {
            attempts.pause("elasticsearch_pushback", null);
        }
        return again;
    }

    private List<UrlStatus> settle(List<UrlStatus> records, List<BulkResponseItem> items) {
        List<UrlStatus> again = new ArrayList<>();
        List<String> rejected = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            BulkResponseItem item = items.get(i);
            if (item.error() != null && item.status() == 409) {
                continue; // only create operations conflict: the URL has a record, which stands
            }
            if (item.error() != null && OutageRetry.retryable(item.status())) {
                again.add(records.get(i));
            } else if (item.error() != null) {
                rejected.add(describe(item));
            }
        }
        if (!rejected.isEmpty()) {
            throw new IllegalStateException(rejected.size() + " crawl-status records rejected by " + index
                    + ", first: " + rejected.get(0));
        }
        return again;
    }

    /** An index made by an older version lacks the newer fields; its strict mapping would reject them. */
    private void addNewFields() throws IOException {
        String properties = Json.mapper().readTree(CrawlStatusIndex.definition()).get("mappings").toString();
        client.indices().putMapping(m -> m.index(index).withJson(new StringReader(properties)));
    }

    private SearchResponse<Map> page(List<FieldValue> after) throws IOException {
        return client.search(s -> {
            s.index(index).size(PAGE).query(q -> q.matchAll(m -> m))
                    .sort(o -> o.field(f -> f.field("depth").order(SortOrder.Asc)))
                    .sort(o -> o.field(f -> f.field("url").order(SortOrder.Asc)));
            return after == null ? s : s.searchAfter(after);
        }, Map.class);
    }

    private BulkOperation operation(UrlStatus status, boolean onlyMissing) {
        @SuppressWarnings("unchecked")
        Map<String, Object> source = Json.mapper().convertValue(status, Map.class);
        return onlyMissing ? BulkOperation.of(o -> o.create(c -> c.id(status.id()).document(source)))
                : BulkOperation.of(o -> o.index(i -> i.id(status.id()).document(source)));
    }

    private static String describe(BulkResponseItem item) {
        return item.id() + ": " + item.error().type() + " " + item.error().reason();
    }
}
