package gazette.indexer;

/** Elasticsearch could not take pages within the configured time; the pages of that flush were not indexed. */
public final class IndexingUnavailableException extends RuntimeException {
    public IndexingUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
