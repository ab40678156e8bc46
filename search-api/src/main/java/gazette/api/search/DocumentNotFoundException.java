package gazette.api.search;

/** No page in the index has the requested id. */
public final class DocumentNotFoundException extends RuntimeException {
    public DocumentNotFoundException(String id) {
        super("No document with id '" + id + "'");
    }
}
