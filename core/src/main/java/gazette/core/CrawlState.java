package gazette.core;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where a crawl stands. */
public enum CrawlState {
    /** Fetching, or waiting for politeness. */
    @JsonProperty("running") RUNNING,
    /** Running with URLs queued, but nothing settled for longer than the stall limit. */
    @JsonProperty("stalled") STALLED,
    /** Ended by itself: nothing left in scope, or the page budget spent. */
    @JsonProperty("finished") FINISHED,
    /** Ended because it was asked to stop. */
    @JsonProperty("stopped") STOPPED,
    /** Ended by an error (Elasticsearch refused pages, or could not be reached); the report says which. */
    @JsonProperty("failed") FAILED;

    /** Whether the crawl still holds its hosts. */
    public boolean active() {
        return this == RUNNING || this == STALLED;
    }
}
