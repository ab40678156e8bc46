package gazette.crawler.frontier;

import gazette.crawler.fetch.Validators;

/**
 * What an earlier run learnt about a URL, carried along so a revisit can ask "has it changed?" and failures count up.
 *
 * @param etag         the last {@code ETag}, or null
 * @param lastModified the last {@code Last-Modified}, or null
 * @param contentHash  the hash of the last extracted text, or null
 * @param failures     consecutive failed attempts
 */
public record Previous(String etag, String lastModified, String contentHash, int failures) {
    /** A URL never fetched. */
    public static final Previous NONE = new Previous(null, null, null, 0);

    /** The validators for a conditional GET. */
    public Validators validators() {
        return new Validators(etag, lastModified);
    }
}
