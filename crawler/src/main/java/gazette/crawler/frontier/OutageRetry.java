package gazette.crawler.frontier;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import gazette.crawler.politeness.Sleeper;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Waits out an Elasticsearch that is unreachable or pushing back (429, 5xx): every failed attempt logs one pause
 * line and sleeps, the wait doubling from {@code firstBackoff} up to {@code maxBackoff}; the first success after a
 * pause logs one resume line; after {@code giveUpAfter} without success the call fails. The crawl stays paused while
 * a write waits here, so nothing it learnt is lost.
 */
public final class OutageRetry {
    private static final Logger LOG = LoggerFactory.getLogger(OutageRetry.class);

    /**
     * @param firstBackoff the wait after the first failed attempt
     * @param maxBackoff   the longest wait between attempts
     * @param giveUpAfter  how long Elasticsearch may stay away before the call fails
     */
    public record Settings(Duration firstBackoff, Duration maxBackoff, Duration giveUpAfter) {
        public Settings {
            Objects.requireNonNull(firstBackoff, "firstBackoff");
            Objects.requireNonNull(maxBackoff, "maxBackoff");
            Objects.requireNonNull(giveUpAfter, "giveUpAfter");
            if (firstBackoff.isNegative() || maxBackoff.compareTo(firstBackoff) < 0 || giveUpAfter.isNegative()) {
                throw new IllegalArgumentException("backoffs must satisfy 0 <= firstBackoff <= maxBackoff, "
                        + "giveUpAfter >= 0; were " + firstBackoff + ", " + maxBackoff + ", " + giveUpAfter);
            }
        }

        /** 0.5 s doubling to 15 s; gives up after 30 minutes, as the page indexer does. */
        public static Settings defaults() {
            return new Settings(Duration.ofMillis(500), Duration.ofSeconds(15), Duration.ofMinutes(30));
        }
    }

    /** One call to Elasticsearch; throws what the client throws. */
    @FunctionalInterface
    public interface Call<T> {
        T call() throws IOException;
    }

    private final Settings settings;
    private final Clock clock;
    private final Sleeper sleeper;

    public OutageRetry(Settings settings, Clock clock, Sleeper sleeper) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    }

    /** Real time, real sleeps. */
    public static OutageRetry of(Settings settings) {
        return new OutageRetry(settings, Clock.systemUTC(), Sleeper.SYSTEM);
    }

    /** Starts the attempts of one operation, e.g. {@code crawl_status_write}. */
    public Attempts start(String operation, String index) {
        return new Attempts(operation, index);
    }

    /** Runs {@code call} until it succeeds, retrying unreachable and pushed-back attempts. */
    public <T> T call(String operation, String index, Call<T> call) {
        Attempts attempts = start(operation, index);
        while (true) {
            try {
                T result = call.call();
                attempts.succeeded();
                return result;
            } catch (IOException e) {
                attempts.pause("elasticsearch_unreachable", e);
            } catch (ElasticsearchException e) {
                if (!retryable(e.status())) {
                    throw e;
                }
                attempts.pause("elasticsearch_status_" + e.status(), e);
            }
        }
    }

    /** 429 (too many requests) and 5xx are worth another attempt; other statuses are final. */
    public static boolean retryable(int status) {
        return status == 429 || status >= 500;
    }

    /** The attempts of one operation: pauses between them and the deadline. Not thread-safe. */
    public final class Attempts {
        private final String operation;
        private final String index;
        private final Instant started = clock.instant();
        private Duration next = settings.firstBackoff();
        private int failures;

        private Attempts(String operation, String index) {
            this.operation = operation;
            this.index = index;
        }

        /** Logs and sleeps before the next attempt; throws once the outage outlasted {@code giveUpAfter}. */
        public void pause(String reason, Exception cause) {
            failures++;
            Duration down = Duration.between(started, clock.instant());
            if (down.compareTo(settings.giveUpAfter()) > 0) {
                throw new StoreUnavailableException(operation + " on " + index + " failed for " + down
                        + " (" + reason + "), giving up after " + settings.giveUpAfter(), cause);
            }
            LOG.warn("event=es_paused operation={} index={} reason={} attempt={} wait_ms={} error=\"{}\"", operation,
                    index, reason, failures, next.toMillis(), cause == null ? "" : cause.getMessage());
            sleep(next);
            Duration doubled = next.multipliedBy(2);
            next = doubled.compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : doubled;
        }

        /** Logs the resume line when this success ends a pause. */
        public void succeeded() {
            if (failures > 0) {
                LOG.info("event=es_resumed operation={} index={} attempts={} paused_ms={}", operation, index,
                        failures + 1, Duration.between(started, clock.instant()).toMillis());
                failures = 0;
            }
        }

        private void sleep(Duration wait) {
            try {
                sleeper.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StoreUnavailableException("interrupted while waiting for Elasticsearch (" + operation
                        + " on " + index + ")", e);
            }
        }
    }
}
