package gazette.crawler.frontier;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where a URL stands in the durable frontier. */
public enum UrlState {
    /** Waiting for its turn (also a URL the last run did not reach). */
    @JsonProperty("queued") QUEUED,
    /**
     * Handed to a worker, in records of earlier versions (a URL in flight now stays queued); a run that finds it so
     * fetches it again.
     */
    @JsonProperty("fetching") FETCHING,
    /** Fetched and acknowledged by the page sink, or confirmed unchanged (304); due again at {@code next_due}. */
    @JsonProperty("done") DONE,
    /** Refused by a rule (robots, scope, content type, …); the reason says which. */
    @JsonProperty("skipped") SKIPPED,
    /** Ended in an error; retried at {@code next_due}. */
    @JsonProperty("failed") FAILED,
    /** Answered 404/410 on consecutive fetches and marked removed in the index; revisited at {@code next_due}. */
    @JsonProperty("removed") REMOVED
}
