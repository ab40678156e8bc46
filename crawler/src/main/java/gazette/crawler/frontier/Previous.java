package gazette.crawler.frontier;

import gazette.crawler.fetch.Validators;
import java.time.Duration;
import java.time.Instant;

/**
 * What an earlier run learnt about a URL, carried along so a revisit can ask "has it changed?" and failures count up.
 *
 * @param etag         the last {@code ETag}, or null
 * @param lastModified the last {@code Last-Modified}, or null
 * @param contentHash  the hash of the last extracted text, or null (never became a page)
 * @param failures     consecutive failed attempts
 * @param gone         consecutive fetches answered 404 or 410
 * @param removedAt    when the page was marked removed, or null while it is live
 * @param revisitEvery the interval the adaptive schedule last chose, or null before the first page
 * @param lastFetch    when it was last fetched successfully, or null
 * @param httpStatus   the status of the last fetch, or null
 */
public record Previous(String etag, String lastModified, String contentHash, int failures, int gone,
        Instant removedAt, Duration revisitEvery, Instant lastFetch, Integer httpStatus) {
    /** A URL never fetched. */
    public static final Previous NONE = new Previous(null, null, null, 0, 0, null, null, null, null);

    /** The validators for a conditional GET. */
    public Validators validators() {
        return new Validators(etag, lastModified);
    }

    /** The same, one more failure counted. */
    public Previous failedOnce() {
        return new Previous(etag, lastModified, contentHash, failures + 1, gone, removedAt, revisitEvery, lastFetch,
                httpStatus);
    }
}
