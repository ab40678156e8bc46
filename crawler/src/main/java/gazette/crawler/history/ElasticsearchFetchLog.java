package gazette.crawler.history;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import gazette.core.ContentHash;
import gazette.core.FetchEvent;
import gazette.core.FetchHistory;
import gazette.core.Json;
import gazette.crawler.frontier.OutageRetry;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Appends fetch events to the fetch-history index ({@link FetchHistory}) in bulk, {@code batch} at a time, with
 * ids derived from URL, time and outcome, so a bulk sent again after a lost answer stores nothing twice. While Elasticsearch is unreachable a bulk waits and retries like the
 * crawl-status writes, so the crawl pauses instead of losing history.
 */
public final class ElasticsearchFetchLog implements FetchLog {
    private static final Logger LOG = LoggerFactory.getLogger(ElasticsearchFetchLog.class);

    private final ElasticsearchClient client;
    private final String index;
    private final int batch;
    private final OutageRetry retry;
    private final List<FetchEvent> buffer = new ArrayList<>();

    public ElasticsearchFetchLog(ElasticsearchClient client, String index, int batch, OutageRetry retry) {
        if (batch < 1) {
            throw new IllegalArgumentException("batch must be at least 1, was " + batch);
        }
        this.client = client;
        this.index = index;
        this.batch = batch;
        this.retry = retry;
    }

    /**
     * Creates the index from its definition unless it exists, else adds the mapping's newer fields to it (the
     * mapping is strict, so an older index would refuse them); returns this log.
     */
    public ElasticsearchFetchLog ensure() {
        retry.call("fetch_history_ensure", index, () -> {
            if (!client.indices().exists(e -> e.index(index)).value()) {
                client.indices().create(c -> c.index(index).withJson(new StringReader(FetchHistory.definition())));
                LOG.info("event=index_created index={}", index);
            } else {
                client.indices().putMapping(m -> m.index(index).withJson(new StringReader(FetchHistory.mappings())));
            }
            return null;
        });
        return this;
    }

    @Override
    public synchronized void append(FetchEvent event) {
        buffer.add(event);
        if (buffer.size() >= batch) {
            flush();
        }
    }

    @Override
    public synchronized void flush() {
        List<FetchEvent> pending = List.copyOf(buffer);
        buffer.clear();
        OutageRetry.Attempts attempts = retry.start("fetch_history_write", index);
        while (!pending.isEmpty()) {
            pending = send(pending, attempts);
        }
        attempts.succeeded();
    }

    private List<FetchEvent> send(List<FetchEvent> events, OutageRetry.Attempts attempts) {
        BulkResponse response;
        try {
            response = client.bulk(b -> b.index(index).operations(events.stream().map(this::operation).toList()));
        } catch (IOException e) {
            attempts.pause("elasticsearch_unreachable", e);
            return events;
        } catch (ElasticsearchException e) {
            if (!OutageRetry.retryable(e.status())) {
                throw e;
            }
            attempts.pause("elasticsearch_status_" + e.status(), e);
            return events;
        }
        List<FetchEvent> again = settle(events, response.items());
        if (!again.isEmpty()) {
            attempts.pause("elasticsearch_pushback", null);
        }
        LOG.debug("event=history_flush index={} events={} retry={}", index, events.size(), again.size());
        return again;
    }

    private List<FetchEvent> settle(List<FetchEvent> events, List<BulkResponseItem> items) {
        List<FetchEvent> again = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            BulkResponseItem item = items.get(i);
            if (item.error() != null && OutageRetry.retryable(item.status())) {
                again.add(events.get(i));
            } else if (item.error() != null) {
                throw new IllegalStateException("fetch event for " + events.get(i).url() + " rejected by " + index
                        + ": " + item.error().type() + " " + item.error().reason());
            }
        }
        return again;
    }

    private BulkOperation operation(FetchEvent event) {
        @SuppressWarnings("unchecked")
        Map<String, Object> source = Json.mapper().convertValue(event, Map.class);
        return BulkOperation.of(o -> o.index(i -> i.id(id(event)).document(source)));
    }

    /** The same event sent twice (a retry after a lost answer) is stored once. */
    static String id(FetchEvent event) {
        return ContentHash.of(event.url() + " " + event.time() + " " + event.outcome());
    }
}
