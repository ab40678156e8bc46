package gazette.indexer;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.json.JsonData;
import com.fasterxml.jackson.databind.node.NullNode;
import gazette.core.Page;
import gazette.core.PageSink;
import gazette.indexer.dedup.Op;
import gazette.indexer.dedup.Stored;
import gazette.indexer.dedup.Twins;
import gazette.indexer.dedup.Write;
import gazette.indexer.dedup.WritePlan;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link PageSink} that writes pages to Elasticsearch in bulk. A flush returns only once every buffered write was
 * acknowledged or rejected for good: while Elasticsearch is unreachable or pushing back (429) it waits and retries,
 * so an outage pauses the crawl instead of losing pages.
 *
 * <p>Each flush first reads the documents its pages may touch and plans the writes with {@link WritePlan}: exact
 * duplicates share one document, near-duplicates share a group, removals mark a document. Every write is conditional
 * on the version read (or a create), so a concurrent change fails with 409 and the flush plans again; re-running a
 * write is idempotent because ids derive from URLs.
 *
 * <p>While it is open the index refreshes as {@link BulkSettings#refreshWhileWriting} says (its lookups refresh by
 * themselves when they need its own writes); closing it sets the index's interval back to the default and refreshes,
 * so every page it acknowledged is searchable once it is closed.
 */
public final class BulkIndexer implements PageSink {
    private static final Logger log = LoggerFactory.getLogger(BulkIndexer.class);
    /**
     * Buffered text that sends a bulk request before the batch is full: a batch of very long pages would otherwise
     * make one request of hundreds of megabytes, over Elasticsearch's {@code http.max_content_length} (100 MB by
     * default; a character takes up to three bytes in JSON, the title and the other fields a little more).
     */
    static final long MAX_BATCH_CHARS = 16_000_000;

    private final ElasticsearchClient client;
    private final String index;
    private final BulkSettings settings;
    private final StoredDocuments stored;
    private final List<Write> buffer = new ArrayList<>();
    private long batchChars;
    private long bufferedChars;
    private final AtomicLong indexed = new AtomicLong();
    private final List<Rejection> rejections = new CopyOnWriteArrayList<>();
    private final Unrefreshed unrefreshed = new Unrefreshed();
    private final Twins twins = new Twins();
    private final BulkObserver observer;
    private boolean refreshSlowed;

    public BulkIndexer(ElasticsearchClient client, String index, BulkSettings settings, BulkObserver observer) {
        this.client = client;
        this.index = index;
        this.settings = settings;
        this.stored = new StoredDocuments(client, index);
        this.observer = observer;
        this.batchChars = MAX_BATCH_CHARS;
    }

    /** As the public constructor, with another text size that sends a bulk request early (tests). */
    BulkIndexer(ElasticsearchClient client, String index, BulkSettings settings, long batchChars) {
        this(client, index, settings, BulkObserver.NONE);
        this.batchChars = batchChars;
    }

    public BulkIndexer(ElasticsearchClient client, String index, BulkSettings settings) {
        this(client, index, settings, BulkObserver.NONE);
    }

    @Override
    public synchronized void accept(Page page) {
        add(new Write.Accept(page, PageSource.of(page)));
    }

    /**
     * Marks the page gone, durable after {@link #flush}: a partial update of {@code removed}/{@code removed_at}. When
     * the same text is still published at other URLs (exact duplicates), only this URL leaves the document's
     * {@code urls}. A URL never indexed is ignored. Accepting the page again makes it live.
     */
    @Override
    public synchronized void markRemoved(String url, Instant since) {
        add(new Write.Removal(url, since));
    }

    @Override
    public synchronized void flush() {
        List<Write> pending = List.copyOf(buffer);
        buffer.clear();
        bufferedChars = 0;
        Retry retry = new Retry(settings);
        while (!pending.isEmpty()) {
            pending = send(pending, retry);
        }
    }

    /**
     * Flushes, then merges the exact duplicates another indexer created at the same moment as this one (see
     * {@link Twins}): with several crawler processes, each text ends with one document once they have closed.
     */
    @Override
    public synchronized void close() {
        flush();
        buffer.addAll(twins.toFold(client, index));
        flush();
        if (refreshSlowed) {
            restoreRefresh(); // every acknowledged page searchable once closed (see the type's description)
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

    private void add(Write write) {
        buffer.add(write);
        bufferedChars += write instanceof Write.Accept accepted ? accepted.page().text().length() : 0;
        if (buffer.size() >= settings.batchSize() || bufferedChars >= batchChars) {
            flush();
        }
    }

    /** Reads, plans and sends one round; returns the writes to try again. */
    private List<Write> send(List<Write> writes, Retry retry) {
        try {
            List<Write> again = round(writes);
            if (!again.isEmpty()) {
                retry.pause("elasticsearch_pushback", null);
            }
            return again;
        } catch (IOException e) {
            observer.failed("elasticsearch_unreachable");
            retry.pause("elasticsearch_unreachable", e);
        } catch (ElasticsearchException e) {
            if (!retryable(e.status())) {
                throw e;
            }
            observer.failed("elasticsearch_status_" + e.status());
            retry.pause("elasticsearch_status_" + e.status(), e);
        }
        return writes;
    }

    private List<Write> round(List<Write> writes) throws IOException {
        if (settings.refreshWhileWriting() != null && !refreshSlowed) {
            setRefreshInterval(JsonData.of(settings.refreshWhileWriting().toSeconds() + "s"));
            refreshSlowed = true;
        }
        if (unrefreshed.mustRefresh(writes)) {
            client.indices().refresh(r -> r.index(index));
            unrefreshed.refreshed();
        }
        List<Op> ops = WritePlan.plan(writes, stored.touchedBy(writes));
        Set<Write> again = identitySet();
        Set<Write> refused = identitySet();
        if (!ops.isEmpty()) {
            unrefreshed.wrote(ops);
            long start = System.nanoTime();
            BulkResponse response = client.bulk(b -> b.index(index).operations(BulkOperations.of(ops)));
            settle(ops, response.items(), again, refused);
            twins.created(ops, again, refused);
            observer.answered(Duration.ofNanos(System.nanoTime() - start), ops.size(), again.size(), refused.size());
        }
        writes.stream().filter(w -> w instanceof Write.Accept && !again.contains(w) && !refused.contains(w))
                .forEach(w -> indexed.incrementAndGet());
        log.debug("event=bulk_flush index={} writes={} operations={} retry={} refused={}", index, writes.size(),
                ops.size(), again.size(), refused.size());
        return writes.stream().filter(again::contains).toList();
    }

    /**
     * Back to the default interval (null removes the index's own setting, as the pages index definition has none),
     * then a refresh. Failing here loses nothing: the pages are stored and become searchable within the interval.
     */
    private void restoreRefresh() {
        try {
            setRefreshInterval(JsonData.of(NullNode.getInstance()));
            refreshSlowed = false;
            client.indices().refresh(r -> r.index(index));
        } catch (IOException | ElasticsearchException e) {
            log.warn("event=refresh_restore_failed index={} interval={} error=\"{}\"", index,
                    settings.refreshWhileWriting(), e.getMessage());
        }
    }

    private void setRefreshInterval(JsonData interval) throws IOException {
        client.indices().putSettings(p -> p.index(index).settings(s -> s.otherSettings("refresh_interval", interval)));
    }

    /** Sorts the writes of failed operations: pushback or a conflict with another writer go again, the rest fail. */
    private void settle(List<Op> ops, List<BulkResponseItem> items, Set<Write> again, Set<Write> refused) {
        for (int i = 0; i < items.size(); i++) {
            BulkResponseItem item = items.get(i);
            if (item.error() == null) {
                continue;
            }
            if (item.status() == 409) {
                unrefreshed.conflicted();
            }
            if (retryable(item.status()) || item.status() == 409) {
                again.addAll(ops.get(i).writes());
            } else {
                ops.get(i).writes().stream().filter(refused::add).forEach(w -> reject(w, item));
            }
        }
        again.removeAll(refused);
    }

    private void reject(Write write, BulkResponseItem item) {
        String reason = item.error().type() + ": " + item.error().reason();
        rejections.add(new Rejection(write.url(), reason));
        log.warn("event=page_rejected url={} status={} reason=\"{}\"", write.url(), item.status(),
                item.error().reason());
    }

    /** Writes are told apart by identity: the same page accepted twice is two writes, and hashing sources is slow. */
    private static Set<Write> identitySet() {
        return Collections.newSetFromMap(new IdentityHashMap<>());
    }

    private static boolean retryable(int status) {
        return status == 429 || status >= 500;
    }

    /** A page Elasticsearch refused, and why. */
    public record Rejection(String url, String reason) {}
}
