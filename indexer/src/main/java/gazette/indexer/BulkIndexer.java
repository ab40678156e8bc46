package gazette.indexer;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.json.JsonData;
import co.elastic.clients.transport.BackoffPolicy;
import com.fasterxml.jackson.databind.node.NullNode;
import gazette.core.Page;
import gazette.core.PageSink;
import gazette.indexer.dedup.Op;
import gazette.indexer.dedup.Stored;
import gazette.indexer.dedup.Twins;
import gazette.indexer.dedup.Write;
import gazette.indexer.dedup.WritePlan;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link PageSink} that writes pages to Elasticsearch in bulk. A flush returns only once every buffered write was
 * acknowledged or rejected for good: while Elasticsearch is unreachable or pushing back (429) it waits and retries,
 * so an outage pauses the crawl instead of losing pages.
 *
 * <p>Each batch first reads the documents its pages may touch and plans the writes with {@link WritePlan}: exact
 * duplicates share one document, near-duplicates share a group, removals mark a document. Every write is conditional
 * on the version read (or a create), so a concurrent change fails with 409 and the write is planned again; re-running
 * a write is idempotent because ids derive from URLs.
 *
 * <p>The operations go through a {@link BulkIngester} (operation and byte limits per request, one request in flight,
 * 429s retried with backoff), so Elasticsearch indexes one batch while the next is built, looked up and planned; a
 * batch that could touch what one in flight writes waits for its answer ({@link InFlight}), and lookups see this
 * indexer's acknowledged writes without a refresh ({@link OwnWrites}). Two parts stay outside the ingester: a write
 * whose operation failed (a conflict, a 5xx, a 429 after the ingester's retries, an unreachable node) is planned
 * again rather than resent, because the version it was conditional on may be stale and a later write of the same URL
 * must not overtake it; and the backoff for that, up to {@link BulkSettings#giveUpAfter}, runs on the indexing thread,
 * which is what pauses the crawl. The ingester has no flush interval: a batch is sent as soon as it is planned.
 *
 * <p>While it is open the index refreshes as {@link BulkSettings#refreshWhileWriting} says; closing it sets the
 * index's interval back to the default and refreshes, so every page it acknowledged is searchable once it is closed.
 */
public final class BulkIndexer implements PageSink {
    private static final Logger log = LoggerFactory.getLogger(BulkIndexer.class);
    /**
     * Buffered text that plans a batch before it is full: a batch of very long pages would otherwise make one request
     * of hundreds of megabytes, over Elasticsearch's {@code http.max_content_length} (100 MB by default; a character
     * takes up to three bytes in JSON, the title and the other fields a little more).
     */
    static final long MAX_BATCH_CHARS = 16_000_000;
    /** The ingester's byte limit per request, the same bound for operations already planned. */
    private static final long MAX_REQUEST_BYTES = 48L * 1024 * 1024;
    /** The ingester's own retries of an operation Elasticsearch pushed back (429) before it is planned again. */
    private static final int INGESTER_RETRIES = 3;

    private final ElasticsearchClient client;
    private final String index;
    private final BulkSettings settings;
    private final StoredDocuments stored;
    private final List<Write> buffer = new ArrayList<>();
    private long batchChars;
    private long bufferedChars;
    private final AtomicLong indexed = new AtomicLong();
    private final List<Rejection> rejections = new CopyOnWriteArrayList<>();
    private final OwnWrites ownWrites = new OwnWrites();
    private final Twins twins = new Twins();
    private final BulkObserver observer;
    private final InFlight inFlight;
    private BulkIngester<InFlight.Sent> ingester;
    private Retry retry;
    private boolean refreshSlowed;

    public BulkIndexer(ElasticsearchClient client, String index, BulkSettings settings, BulkObserver observer) {
        this.client = client;
        this.index = index;
        this.settings = settings;
        this.stored = new StoredDocuments(client, index);
        this.batchChars = MAX_BATCH_CHARS;
        this.observer = observer;
        this.inFlight = new InFlight(index,
                new InFlight.Outcomes(ownWrites, twins, observer, indexed::addAndGet, rejections::add));
    }

    /** As the public constructor, with another text size that plans a batch early (tests). */
    BulkIndexer(ElasticsearchClient client, String index, BulkSettings settings, BulkObserver observer,
            long batchChars) {
        this(client, index, settings, observer);
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
        submit(takeBuffer());
        awaitAnswers();
        while (inFlight.hasAgain()) {
            submit(List.of());
            awaitAnswers();
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
            submit(takeBuffer());
        }
    }

    private List<Write> takeBuffer() {
        List<Write> batch = List.copyOf(buffer);
        buffer.clear();
        bufferedChars = 0;
        return batch;
    }

    /**
     * Plans {@code batch}, after the writes waiting to be tried again (older, so first), and hands the operations to
     * the ingester. Waits first for the batches in flight it could depend on, and backs off before a retry.
     */
    private void submit(List<Write> batch) {
        inFlight.awaitNoneMeeting(LookupKeys.footprint(batch));
        InFlight.Again again = inFlight.takeAgain();
        List<Write> writes = new ArrayList<>(again.writes());
        writes.addAll(batch);
        if (again.writes().isEmpty()) {
            retry = null;
        } else {
            retry().pause(again.reason(), again.cause());
        }
        while (!writes.isEmpty()) {
            try {
                send(writes);
                return;
            } catch (IOException e) {
                observer.failed("elasticsearch_unreachable");
                retry().pause("elasticsearch_unreachable", e);
            } catch (ElasticsearchException e) {
                if (!retryable(e.status())) {
                    throw e;
                }
                observer.failed("elasticsearch_status_" + e.status());
                retry().pause("elasticsearch_status_" + e.status(), e);
            }
        }
    }

    private void send(List<Write> writes) throws IOException {
        if (settings.refreshWhileWriting() != null && !refreshSlowed) {
            setRefreshInterval(JsonData.of(settings.refreshWhileWriting().toSeconds() + "s"));
            refreshSlowed = true;
        }
        if (ownWrites.mustRefresh()) {
            long generation = ownWrites.refreshing();
            client.indices().refresh(r -> r.index(index));
            ownWrites.refreshed(generation);
        }
        List<Stored> found = ownWrites.over(stored.touchedBy(writes), LookupKeys.of(writes));
        List<Op> ops = WritePlan.plan(writes, found);
        if (ops.isEmpty()) {
            indexed.addAndGet(writes.stream().filter(w -> w instanceof Write.Accept).count());
            return;
        }
        Batch batch = new Batch(writes, ops);
        inFlight.add(batch);
        ops.forEach(op -> ingester().add(BulkOperations.of(op), new InFlight.Sent(batch, op)));
        ingester().flush();
    }

    /** Closing the ingester sends what it holds and returns once every request and its listener call ended. */
    private void awaitAnswers() {
        if (ingester != null) {
            ingester.close();
            ingester = null;
        }
    }

    private BulkIngester<InFlight.Sent> ingester() {
        if (ingester == null) {
            long firstBackoff = Math.max(1, settings.firstBackoff().toMillis());
            ingester = BulkIngester.of(b -> b.client(client).globalSettings(g -> g.index(index))
                    .maxOperations(settings.batchSize()).maxSize(MAX_REQUEST_BYTES).maxConcurrentRequests(1)
                    .backoffPolicy(BackoffPolicy.exponentialBackoff(firstBackoff, INGESTER_RETRIES))
                    .listener(inFlight));
        }
        return ingester;
    }

    private Retry retry() {
        if (retry == null) {
            retry = new Retry(settings);
        }
        return retry;
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

    static boolean retryable(int status) {
        return status == 429 || status >= 500;
    }

    /** A page Elasticsearch refused, and why. */
    public record Rejection(String url, String reason) {}
}
