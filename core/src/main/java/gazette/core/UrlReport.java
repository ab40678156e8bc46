package gazette.core;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import java.util.List;

/**
 * What Gazette knows about one URL: its crawl-status record and whether its page is in the pages index (JSON in
 * snake case).
 *
 * @param url            the normalised URL
 * @param host           its host key
 * @param state          queued, fetching, done, skipped or failed
 * @param depth          link hops from a seed
 * @param discoveredFrom the page it was found on, or null
 * @param lastFetch      when it was last fetched, or null
 * @param httpStatus     the status of the last fetch, or null
 * @param etag           the last ETag, or null
 * @param lastModified   the last Last-Modified, or null
 * @param contentHash    the hash of the last extracted text, or null
 * @param nextDue        when it may be fetched again, or null
 * @param failures       consecutive failed attempts
 * @param reason         why it is not a page (robots, filter, error, …), or null
 * @param detail         specifics of the reason, or null
 * @param updated        when the record was last written
 * @param documentId     the id its page has (or would have) in the pages index
 * @param indexed        whether that document is in the pages index
 * @param removedAt      when its page was found gone and marked removed, or null
 * @param history        every fetch of the URL from the fetch-history index, newest first
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record UrlReport(
        String url,
        String host,
        String state,
        int depth,
        String discoveredFrom,
        Instant lastFetch,
        Integer httpStatus,
        String etag,
        String lastModified,
        String contentHash,
        Instant nextDue,
        int failures,
        String reason,
        String detail,
        Instant updated,
        String documentId,
        boolean indexed,
        Instant removedAt,
        List<FetchEvent> history) {

    public UrlReport {
        history = history == null ? List.of() : List.copyOf(history);
    }

    /** A report without removal date or fetch history. */
    public UrlReport(String url, String host, String state, int depth, String discoveredFrom, Instant lastFetch,
            Integer httpStatus, String etag, String lastModified, String contentHash, Instant nextDue, int failures,
            String reason, String detail, Instant updated, String documentId, boolean indexed) {
        this(url, host, state, depth, discoveredFrom, lastFetch, httpStatus, etag, lastModified, contentHash, nextDue,
                failures, reason, detail, updated, documentId, indexed, null, List.of());
    }
}
