package gazette.core.site;

/** A site's configuration is wrong; the message names the site and the field. */
public final class InvalidSiteException extends IllegalArgumentException {
    private final String site;
    private final String field;

    public InvalidSiteException(String site, String field, String problem) {
        super("site '" + (site == null ? "?" : site) + "': field '" + field + "' " + problem);
        this.site = site;
        this.field = field;
    }

    /** The site's name, or null when it has none yet. */
    public String site() {
        return site;
    }

    /** The field, dotted for nested ones ({@code scope.max_depth}). */
    public String field() {
        return field;
    }
}
