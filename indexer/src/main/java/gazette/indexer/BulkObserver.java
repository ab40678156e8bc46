package gazette.indexer;

import java.time.Duration;

/**
 * Told of every bulk request a {@link BulkIndexer} sends, for metrics: how long it took and how it ended. Called from
 * the indexer's bulk ingester threads as well as the indexing thread, so implementations must be thread-safe.
 */
public interface BulkObserver {
    BulkObserver NONE = new BulkObserver() {};

    /**
     * A bulk request was answered: of its {@code operations}, {@code retried} go again (pushback, a conflict with
     * another writer) and {@code refused} failed for good; the rest were acknowledged.
     */
    default void answered(Duration took, int operations, int retried, int refused) {}

    /**
     * A bulk round failed as a whole and waits to be tried again; {@code reason} as the log names it
     * ({@code elasticsearch_unreachable}, {@code elasticsearch_status_503}, …).
     */
    default void failed(String reason) {}
}
