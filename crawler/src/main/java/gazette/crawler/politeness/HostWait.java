package gazette.crawler.politeness;

import java.util.Locale;

/** Why a host's next request is not being made right now; one per host, the first that applies in this order. */
public enum HostWait {
    /** Its robots.txt did not answer (5xx, unreachable): the crawl waits out the backoff before asking again. */
    ROBOTS_UNAVAILABLE,
    /** The server asked for a pause ({@code Retry-After} on a 429 or 503). */
    RETRY_AFTER,
    /** The robots.txt {@code Crawl-delay} spaces its requests. */
    ROBOTS_DELAY,
    /** The configured minimum delay between two requests to one host spaces them. */
    POLITENESS,
    /** Nothing holds it back: a request is on the wire. */
    FETCHING,
    /** Nothing holds it back, but its last requests failed (no answer, or 5xx). */
    FAILURES,
    /** Nothing holds it back and nothing is in flight: if URLs are queued, the crawl is not waiting on this host. */
    NONE;

    /** The name used in JSON, logs and metric tags, e.g. {@code robots_delay}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
