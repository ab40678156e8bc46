package gazette.crawler.politeness;

import java.time.Duration;
import java.util.Objects;

/**
 * How gently each host is treated.
 *
 * @param minDelay           the least time between the starts of two requests to one host
 * @param maxCrawlDelay      a robots.txt {@code Crawl-delay} is honoured up to this; longer ones are capped, so one
 *                           site cannot stall a crawl for hours
 * @param maxParallelPerHost requests to one host in flight at once
 * @param maxRetryAfter      a {@code Retry-After} (429, 503) holds the host back up to this long; longer ones are
 *                           capped
 */
public record PolitenessSettings(Duration minDelay, Duration maxCrawlDelay, int maxParallelPerHost,
        Duration maxRetryAfter) {
    private static final Duration DEFAULT_MAX_RETRY_AFTER = Duration.ofMinutes(10);

    public PolitenessSettings {
        requireNotNegative(minDelay, "minDelay");
        requireNotNegative(maxCrawlDelay, "maxCrawlDelay");
        requireNotNegative(maxRetryAfter, "maxRetryAfter");
        if (maxParallelPerHost < 1 || maxParallelPerHost > 64) {
            throw new IllegalArgumentException("maxParallelPerHost must be between 1 and 64, was "
                    + maxParallelPerHost);
        }
    }

    /** With the default {@code Retry-After} cap of 10 minutes. */
    public PolitenessSettings(Duration minDelay, Duration maxCrawlDelay, int maxParallelPerHost) {
        this(minDelay, maxCrawlDelay, maxParallelPerHost, DEFAULT_MAX_RETRY_AFTER);
    }

    /** One request at a time per host, at least 1 s apart; Crawl-delay up to 30 s, Retry-After up to 10 min. */
    public static PolitenessSettings defaults() {
        return new PolitenessSettings(Duration.ofSeconds(1), Duration.ofSeconds(30), 1);
    }

    public PolitenessSettings withMinDelay(Duration delay) {
        return new PolitenessSettings(delay, maxCrawlDelay, maxParallelPerHost, maxRetryAfter);
    }

    public PolitenessSettings withMaxCrawlDelay(Duration cap) {
        return new PolitenessSettings(minDelay, cap, maxParallelPerHost, maxRetryAfter);
    }

    public PolitenessSettings withMaxParallelPerHost(int max) {
        return new PolitenessSettings(minDelay, maxCrawlDelay, max, maxRetryAfter);
    }

    public PolitenessSettings withMaxRetryAfter(Duration cap) {
        return new PolitenessSettings(minDelay, maxCrawlDelay, maxParallelPerHost, cap);
    }

    private static void requireNotNegative(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative, was " + duration);
        }
    }
}
