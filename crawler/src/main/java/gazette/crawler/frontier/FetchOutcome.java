package gazette.crawler.frontier;

import java.time.Instant;

/**
 * What one fetch of a URL produced, as the frontier records it.
 *
 * @param at           when the response came
 * @param status       the HTTP status of the final response
 * @param etag         its {@code ETag}, or null
 * @param lastModified its {@code Last-Modified}, or null
 * @param contentHash  the hash of the extracted text, or null when nothing was extracted
 * @param listing      the page lists others (a seed, or many links): the schedule revisits it more often
 */
public record FetchOutcome(Instant at, int status, String etag, String lastModified, String contentHash,
        boolean listing) {
    /** An article-like page's outcome. */
    public FetchOutcome(Instant at, int status, String etag, String lastModified, String contentHash) {
        this(at, status, etag, lastModified, contentHash, false);
    }
}
