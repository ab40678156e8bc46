package gazette.indexer;

import java.time.Duration;

/**
 * How the bulk indexer batches and retries.
 *
 * @param batchSize    pages per bulk request
 * @param firstBackoff the wait after the first failed attempt; doubles up to {@code maxBackoff}
 * @param maxBackoff   the longest wait between attempts
 * @param giveUpAfter  how long Elasticsearch may stay unreachable before a flush fails
 */
public record BulkSettings(int batchSize, Duration firstBackoff, Duration maxBackoff, Duration giveUpAfter) {
    public BulkSettings {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be at least 1, was " + batchSize);
        }
        if (firstBackoff.isNegative() || maxBackoff.compareTo(firstBackoff) < 0 || giveUpAfter.isNegative()) {
            throw new IllegalArgumentException("backoffs must satisfy 0 <= firstBackoff <= maxBackoff");
        }
    }

    /**
     * 500 pages per bulk request: each flush costs a duplicate lookup and often a refresh of the index, whose time
     * hardly depends on the batch, so 100-page batches spent about as much of Elasticsearch's time on refreshes and
     * the merges of their small segments as on indexing (crawl benchmark, {@code docs/benchmarks.md}).
     */
    public static BulkSettings defaults() {
        return new BulkSettings(500, Duration.ofMillis(500), Duration.ofSeconds(15), Duration.ofMinutes(30));
    }
}
