package gazette.core;

import java.util.Set;

/** A crawl was asked for hosts that a running crawl already covers. */
public final class CrawlConflictException extends RuntimeException {
    private final String runningId;

    public CrawlConflictException(String runningId, Set<String> hosts) {
        super("Crawl " + runningId + " is already running on " + String.join(", ", hosts));
        this.runningId = runningId;
    }

    /** The id of the crawl that holds the hosts. */
    public String runningId() {
        return runningId;
    }
}
