package gazette.api.admin;

/** A request body is not JSON, or one of its fields is missing, unknown or out of range; the message names it. */
public final class InvalidFieldException extends RuntimeException {
    private final String field;

    public InvalidFieldException(String field, String problem) {
        super("Field '" + field + "' " + problem);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
