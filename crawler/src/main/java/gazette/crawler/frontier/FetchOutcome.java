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
 */
public record FetchOutcome(Instant at, int status, String etag, String lastModified, String contentHash) {}
