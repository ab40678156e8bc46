package gazette.indexer;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import gazette.core.Page;
import gazette.core.PageDocument;
import gazette.core.PageSink;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link PageSink} that writes pages to Elasticsearch in bulk. A flush returns only once every buffered page was
 * acknowledged or rejected for good: while Elasticsearch is unreachable or pushing back (429) it waits and retries,
 * so an outage pauses the crawl instead of losing pages. Documents are keyed by URL, so a retried write is idempotent.
 */
public final class BulkIndexer implements PageSink {
    private static final Logger log = LoggerFactory.getLogger(BulkIndexer.class);

    private final ElasticsearchClient client;
    private final String index;
    private final BulkSettings settings;
    private final List<Page> buffer = new ArrayList<>();
    private final AtomicLong indexed = new AtomicLong();
    private final List<Rejection> rejections = new CopyOnWriteArrayList<>();

    public BulkIndexer(ElasticsearchClient client, String index, BulkSettings settings) {
        this.client = client;
        this.index = index;
        this.settings = settings;
    }

    @Override
    public synchronized void accept(Page page) {
        buffer.add(page);
        if (buffer.size() >= settings.batchSize()) {
            flush();
        }
    }

    @Override
    public synchronized void flush() {
        List<Page> pending = List.copyOf(buffer);
        buffer.clear();
        Retry retry = new Retry(settings);
        while (!pending.isEmpty()) {
            pending = send(pending, retry);
        }
    }

    /** How many pages Elasticsearch acknowledged. */
    public long indexed() {
        return indexed.get();
    }

    /** Pages Elasticsearch refused for good (e.g. a mapping error), with its reason. */
    public List<Rejection> rejections() {
        return List.copyOf(rejections);
    }

    /** Sends one bulk request; returns the pages to try again. */
    private List<Page> send(List<Page> pages, Retry retry) {
        BulkResponse response;
        try {
            response = client.bulk(b -> b.index(index).operations(operations(pages)));
        } catch (IOException e) {
            retry.pause("elasticsearch_unreachable", e);
            return pages;
        } catch (ElasticsearchException e) {
            if (e.status() == 429 || e.status() >= 500) {
                retry.pause("elasticsearch_status_" + e.status(), e);
                return pages;
            }
            throw e;
        }
        List<Page> again = settle(pages, response.items());
        if (!again.isEmpty()) {
            retry.pause("elasticsearch_pushback", null);
        }
        return again;
    }

    private List<Page> settle(List<Page> pages, List<BulkResponseItem> items) {
        List<Page> again = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            BulkResponseItem item = items.get(i);
            Page page = pages.get(i);
            if (item.error() == null) {
                indexed.incrementAndGet();
            } else if (item.status() == 429 || item.status() >= 500) {
                again.add(page);
            } else {
                rejections.add(new Rejection(page.url(), item.error().type() + ": " + item.error().reason()));
                log.warn("event=page_rejected url={} status={} reason=\"{}\"", page.url(), item.status(),
                        item.error().reason());
            }
        }
        log.debug("event=bulk_flush index={} pages={} retry={}", index, pages.size(), again.size());
        return again;
    }

    private List<BulkOperation> operations(List<Page> pages) {
        return pages.stream()
                .map(p -> BulkOperation.of(o -> o.index(i -> i.id(PageDocument.id(p.url())).document(PageDocument.source(p)))))
                .toList();
    }

    /** A page Elasticsearch refused, and why. */
    public record Rejection(String url, String reason) {}
}
