package gazette.core;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;

/**
 * How one host of a crawl is doing (JSON in snake case): its fetches from the crawl's fetch history and, while the
 * crawl runs, what it waits on now. A stalled crawl is explained here: a host held back by politeness, by its
 * robots.txt Crawl-delay or backoff, by a Retry-After, with a slow request on the wire, or failing.
 *
 * @param host          the host key
 * @param fetches       fetch attempts recorded so far
 * @param failures      of which ended in an error (outcome {@code failed})
 * @param lastStatus    the HTTP status of the last attempt, or null (none yet, or no response)
 * @param lastOutcome   the outcome of the last attempt, or null
 * @param lastFetch     when the last attempt finished, or null
 * @param state         what it waits on now: {@code robots_unavailable}, {@code retry_after}, {@code robots_delay},
 *                      {@code politeness}, {@code fetching}, {@code failures} or {@code none}; null once the crawl
 *                      ended
 * @param nextAllowedAt when its next request may start, or null when it may start now
 * @param inFlight      requests to it on the wire now
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record HostProgress(String host, int fetches, int failures, Integer lastStatus, String lastOutcome,
        Instant lastFetch, String state, Instant nextAllowedAt, int inFlight) {

    /** A host's fetches, with no live state. */
    public HostProgress(String host, int fetches, int failures, Integer lastStatus, String lastOutcome,
            Instant lastFetch) {
        this(host, fetches, failures, lastStatus, lastOutcome, lastFetch, null, null, 0);
    }

    /** This host after one more fetch attempt. */
    public HostProgress after(FetchEvent event) {
        boolean failed = "failed".equals(event.outcome());
        return new HostProgress(host, fetches + 1, failures + (failed ? 1 : 0), event.httpStatus(), event.outcome(),
                event.time(), state, nextAllowedAt, inFlight);
    }

    /** This host with what it waits on now. */
    public HostProgress waiting(String now, Instant next, int requestsInFlight) {
        return new HostProgress(host, fetches, failures, lastStatus, lastOutcome, lastFetch, now, next,
                requestsInFlight);
    }
}
