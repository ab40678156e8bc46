package gazette.api;

/** Elasticsearch answered, but is in no state to serve searches (e.g. the cluster is red). */
public final class BackendUnavailableException extends RuntimeException {
    public BackendUnavailableException(String message) {
        super(message);
    }
}
