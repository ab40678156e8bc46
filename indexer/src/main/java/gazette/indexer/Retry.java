package gazette.indexer;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Exponential backoff for one flush; fails with {@link IndexingUnavailableException} once time runs out. */
final class Retry {
    private static final Logger log = LoggerFactory.getLogger(Retry.class);

    private final BulkSettings settings;
    private final long deadline;
    private Duration next;
    private int attempts;

    Retry(BulkSettings settings) {
        this.settings = settings;
        this.deadline = System.nanoTime() + settings.giveUpAfter().toNanos();
        this.next = settings.firstBackoff();
    }

    void pause(String reason, Throwable cause) {
        attempts++;
        if (System.nanoTime() > deadline) {
            throw new IndexingUnavailableException(
                    "Elasticsearch did not accept pages for " + settings.giveUpAfter() + " (" + reason + ")", cause);
        }
        log.warn("event=bulk_retry reason={} attempt={} wait_ms={} error=\"{}\"", reason, attempts, next.toMillis(),
                cause == null ? "" : cause.getMessage());
        sleep(next);
        next = next.multipliedBy(2).compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : next.multipliedBy(2);
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IndexingUnavailableException("interrupted while waiting for Elasticsearch", e);
        }
    }
}
