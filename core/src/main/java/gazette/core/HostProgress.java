package gazette.core;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;

/**
 * How one host of a running crawl is doing, from the crawl's fetch history (JSON in snake case): what a stalled
 * crawl is waiting on shows here as a host with no recent fetch or with failing ones.
 *
 * @param host        the host key
 * @param fetches     fetch attempts recorded so far
 * @param failures    of which ended in an error (outcome {@code failed})
 * @param lastStatus  the HTTP status of the last attempt, or null (none yet, or no response)
 * @param lastOutcome the outcome of the last attempt, or null
 * @param lastFetch   when the last attempt finished, or null
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record HostProgress(String host, int fetches, int failures, Integer lastStatus, String lastOutcome,
        Instant lastFetch) {

    /** This host after one more fetch attempt. */
    public HostProgress after(FetchEvent event) {
        boolean failed = "failed".equals(event.outcome());
        return new HostProgress(host, fetches + 1, failures + (failed ? 1 : 0), event.httpStatus(), event.outcome(),
                event.time());
    }
}
