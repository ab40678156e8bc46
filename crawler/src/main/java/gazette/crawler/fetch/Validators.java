package gazette.crawler.fetch;

/**
 * The validators of an earlier response; a request carrying them is answered 304 when nothing changed.
 *
 * @param etag         sent as {@code If-None-Match}; null for none
 * @param lastModified sent as {@code If-Modified-Since}; null for none
 */
public record Validators(String etag, String lastModified) {
    /** An unconditional request. */
    public static final Validators NONE = new Validators(null, null);

    public boolean isEmpty() {
        return etag == null && lastModified == null;
    }
}
