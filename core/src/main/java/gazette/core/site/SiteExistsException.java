package gazette.core.site;

/** A site was added under a name another site already has. */
public final class SiteExistsException extends RuntimeException {
    public SiteExistsException(String name) {
        super("A site named '" + name + "' exists already; PUT /api/admin/sites/" + name + " replaces it");
    }
}
