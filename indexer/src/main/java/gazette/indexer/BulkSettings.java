package gazette.indexer;

import java.time.Duration;

/**
 * How the bulk indexer batches and retries.
 *
 * @param batchSize            pages per bulk request
 * @param firstBackoff         the wait after the first failed attempt; doubles up to {@code maxBackoff}
 * @param maxBackoff           the longest wait between attempts
 * @param giveUpAfter          how long Elasticsearch may stay unreachable before a flush fails
 * @param refreshWhileWriting  the index's {@code refresh_interval} while the indexer is open, the longest a page it
 *                             wrote stays unsearchable until it closes (closing refreshes); null leaves the index's own
 */
public record BulkSettings(int batchSize, Duration firstBackoff, Duration maxBackoff, Duration giveUpAfter,
        Duration refreshWhileWriting) {
    public BulkSettings {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be at least 1, was " + batchSize);
        }
        if (firstBackoff.isNegative() || maxBackoff.compareTo(firstBackoff) < 0 || giveUpAfter.isNegative()) {
            throw new IllegalArgumentException("backoffs must satisfy 0 <= firstBackoff <= maxBackoff");
        }
        if (refreshWhileWriting != null && refreshWhileWriting.toSeconds() < 1) {
            throw new IllegalArgumentException("refreshWhileWriting must be at least a second, was "
                    + refreshWhileWriting);
        }
    }

    /** Settings that leave the index's refresh interval as it is. */
    public BulkSettings(int batchSize, Duration firstBackoff, Duration maxBackoff, Duration giveUpAfter) {
        this(batchSize, firstBackoff, maxBackoff, giveUpAfter, null);
    }

    /**
     * 500 pages per bulk request: each batch costs a duplicate lookup, whose time hardly depends on the batch, and
     * 100-page batches made many small segments to merge. While an indexer writes, the index refreshes every 30 s
     * instead of every second: the indexer's lookups see its own writes without a refresh ({@code OwnWrites}), and
     * the many small segments of 1 s refreshes cost as much again in merges (crawl benchmark,
     * {@code docs/benchmarks.md}).
     */
    public static BulkSettings defaults() {
        return new BulkSettings(500, Duration.ofMillis(500), Duration.ofSeconds(15), Duration.ofMinutes(30),
                Duration.ofSeconds(30));
    }

    /** These settings with another refresh interval while writing (null: the index's own). */
    public BulkSettings withRefreshWhileWriting(Duration interval) {
        return new BulkSettings(batchSize, firstBackoff, maxBackoff, giveUpAfter, interval);
    }
}
