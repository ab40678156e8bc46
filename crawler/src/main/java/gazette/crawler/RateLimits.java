package gazette.crawler;

import gazette.crawler.fetch.Response;
import gazette.crawler.fetch.RetryAfter;
import gazette.crawler.frontier.CrawlUrl;
import gazette.crawler.politeness.Politeness;
import gazette.crawler.scope.Urls;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A server saying "not now" (429, or 503 with {@code Retry-After}): its host is held back for as long as it asks
 * (capped by the politeness settings, 60 s when a 429 names no time), and the URL is tried again later in the run,
 * up to {@link #RETRIES_PER_RUN} times, before it ends as {@code RATE_LIMITED}.
 */
final class RateLimits {
    static final int RETRIES_PER_RUN = 3;
    private static final Duration UNSPECIFIED = Duration.ofSeconds(60);

    /** What to do with a rate-limited URL. */
    record Verdict(boolean retry, String detail) {}

    private static final Logger LOG = LoggerFactory.getLogger(RateLimits.class);

    private final Politeness politeness;
    private final Clock clock;
    private final Map<String, Integer> attempts = new ConcurrentHashMap<>();

    RateLimits(Politeness politeness, Clock clock) {
        this.politeness = politeness;
        this.clock = clock;
    }

    static boolean applies(Response response) {
        return response.status() == 429 || (response.status() == 503 && response.retryAfter() != null);
    }

    /** Holds the host back and says whether the URL gets another attempt in this run. */
    Verdict limited(CrawlUrl url, Response response) {
        Duration asked = RetryAfter.parse(response.retryAfter(), clock.instant()).orElse(UNSPECIFIED);
        Duration applied = politeness.pause(Urls.hostKey(response.url()), asked);
        int attempt = attempts.merge(url.url().toString(), 1, Integer::sum);
        String detail = "status=" + response.status() + " retryAfter=" + asked + " waited=" + applied + " attempt="
                + attempt;
        LOG.info("host_paused host={} url={} {}", Urls.hostKey(response.url()), url.url(), detail);
        return new Verdict(attempt <= RETRIES_PER_RUN, detail);
    }
}
