package gazette.indexer;

import co.elastic.clients.elasticsearch._helpers.bulk.BulkListener;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import gazette.indexer.dedup.Op;
import gazette.indexer.dedup.Twins;
import gazette.indexer.dedup.Write;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The batches a {@link BulkIndexer} handed to its bulk ingester and not yet seen answered, and what the answers left
 * to do: every item of every response is checked here (on the ingester's threads), acknowledged documents go to
 * {@link OwnWrites}, and the writes to try again wait, in order, for the indexing thread to plan them again.
 */
final class InFlight implements BulkListener<InFlight.Sent> {
    private static final Logger log = LoggerFactory.getLogger(InFlight.class);

    /** The ingester's context of one operation: which batch it belongs to. */
    record Sent(Batch batch, Op op) {}

    /** Writes to plan again, oldest first, and why the last attempt failed. */
    record Again(List<Write> writes, String reason, Throwable cause) {}

    /** What the answers report to: the indexer's counts, its rejections, its twins, its observer. */
    record Outcomes(OwnWrites ownWrites, Twins twins, BulkObserver observer, Consumer<Long> acknowledged,
            Consumer<BulkIndexer.Rejection> rejected) {}

    private final String index;
    private final Outcomes outcomes;
    private final List<Batch> batches = new ArrayList<>();
    private final List<Write> again = new ArrayList<>();
    private final Map<Long, Long> started = new ConcurrentHashMap<>();
    private String reason;
    private Throwable cause;
    private RuntimeException fatal;

    InFlight(String index, Outcomes outcomes) {
        this.index = index;
        this.outcomes = outcomes;
    }

    synchronized void add(Batch batch) {
        batches.add(batch);
    }

    /** Waits until no batch in flight meets {@code footprint}: a later write must not overtake one before. */
    synchronized void awaitNoneMeeting(LookupKeys.Footprint footprint) {
        while (batches.stream().anyMatch(b -> b.footprint.meets(footprint))) {
            waitForAnswer();
        }
    }

    /** Takes the writes to try again; throws what Elasticsearch refused as a whole request, once. */
    synchronized Again takeAgain() {
        if (fatal != null) {
            RuntimeException e = fatal;
            fatal = null;
            throw e;
        }
        Again taken = new Again(List.copyOf(again), reason, cause);
        again.clear();
        reason = null;
        cause = null;
        return taken;
    }

    synchronized boolean hasAgain() {
        return !again.isEmpty() || fatal != null;
    }

    @Override
    public void beforeBulk(long executionId, BulkRequest request, List<Sent> contexts) {
        started.put(executionId, System.nanoTime());
    }

    @Override
    public synchronized void afterBulk(long executionId, BulkRequest request, List<Sent> contexts,
            BulkResponse response) {
        int retried = 0;
        int refused = 0;
        for (int i = 0; i < contexts.size(); i++) {
            Outcome outcome = settle(contexts.get(i), response.items().get(i));
            retried += outcome == Outcome.AGAIN ? 1 : 0;
            refused += outcome == Outcome.REFUSED ? 1 : 0;
        }
        outcomes.observer().answered(took(executionId), contexts.size(), retried, refused);
    }

    @Override
    public synchronized void afterBulk(long executionId, BulkRequest request, List<Sent> contexts, Throwable failure) {
        started.remove(executionId);
        Throwable e = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause()
                : failure;
        if (e instanceof ElasticsearchException es && !BulkIndexer.retryable(es.status())) {
            fatal = es; // a request Elasticsearch will never take: the flush fails with it
            contexts.forEach(sent -> sent.batch().refused.addAll(sent.op().writes()));
        } else {
            String why = e instanceof ElasticsearchException es ? "elasticsearch_status_" + es.status()
                    : "elasticsearch_unreachable";
            outcomes.observer().failed(why);
            failed(why, e);
            contexts.forEach(sent -> sent.batch().again.addAll(sent.op().writes()));
        }
        contexts.forEach(sent -> answered(sent.batch()));
    }

    private enum Outcome { ACKNOWLEDGED, AGAIN, REFUSED }

    private Outcome settle(Sent sent, BulkResponseItem item) {
        Batch batch = sent.batch();
        Outcome outcome = Outcome.ACKNOWLEDGED;
        if (item.error() == null && item.seqNo() != null && item.primaryTerm() != null) {
            outcomes.ownWrites().acknowledged(sent.op(), item.seqNo(), item.primaryTerm());
        } else if (item.error() == null) {
            outcomes.ownWrites().conflicted(); // acknowledged without a version to remember: look after a refresh
        } else if (item.status() == 409 || BulkIndexer.retryable(item.status())) {
            if (item.status() == 409) {
                outcomes.ownWrites().conflicted(); // another writer changed what this batch read
            }
            failed("elasticsearch_pushback", null);
            batch.again.addAll(sent.op().writes());
            outcome = Outcome.AGAIN;
        } else {
            sent.op().writes().stream().filter(batch.refused::add).forEach(w -> reject(w, item));
            outcome = Outcome.REFUSED;
        }
        answered(batch);
        return outcome;
    }

    private void answered(Batch batch) {
        if (!batch.answered()) {
            return;
        }
        batch.again.removeAll(batch.refused);
        outcomes.acknowledged().accept(batch.acknowledgedPages());
        outcomes.twins().created(batch.ops, batch.again, batch.refused);
        batch.writes.stream().filter(batch.again::contains).forEach(again::add);
        batches.remove(batch);
        log.debug("event=bulk_flush index={} writes={} operations={} retry={} refused={}", index,
                batch.writes.size(), batch.ops.size(), batch.again.size(), batch.refused.size());
        notifyAll();
    }

    private void failed(String why, Throwable e) {
        reason = why;
        cause = e;
    }

    private void reject(Write write, BulkResponseItem item) {
        String why = item.error().type() + ": " + item.error().reason();
        outcomes.rejected().accept(new BulkIndexer.Rejection(write.url(), why));
        log.warn("event=page_rejected url={} status={} reason=\"{}\"", write.url(), item.status(),
                item.error().reason());
    }

    private Duration took(long executionId) {
        Long start = started.remove(executionId);
        return start == null ? Duration.ZERO : Duration.ofNanos(System.nanoTime() - start);
    }

    private void waitForAnswer() {
        try {
            wait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IndexingUnavailableException("interrupted while waiting for Elasticsearch", e);
        }
    }
}
