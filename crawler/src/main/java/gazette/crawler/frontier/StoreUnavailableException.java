package gazette.crawler.frontier;

/** Elasticsearch stayed unreachable (or kept pushing back) longer than the crawler was told to wait. */
public final class StoreUnavailableException extends RuntimeException {
    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
