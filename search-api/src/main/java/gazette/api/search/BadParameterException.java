package gazette.api.search;

/** A request parameter is unknown, malformed or out of range; the message names the parameter. */
public final class BadParameterException extends RuntimeException {
    private final String parameter;

    public BadParameterException(String parameter, String problem) {
        super("Parameter '" + parameter + "' " + problem);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
