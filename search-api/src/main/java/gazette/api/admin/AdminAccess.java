package gazette.api.admin;

import gazette.core.CrawlControl;
import gazette.core.site.SiteRegistry;
import java.util.Objects;

/**
 * Whether the admin API is on, and with what: the crawls it controls, the sites it manages and the token that opens
 * it. Off, every admin route answers 404.
 */
public record AdminAccess(CrawlControl control, AdminToken token, SiteRegistry sites) {
    private static final AdminAccess OFF = new AdminAccess(null, null, SiteRegistry.NONE);

    public AdminAccess {
        if ((control == null) != (token == null)) {
            throw new IllegalArgumentException("the admin API needs both a crawl control and a token, or neither");
        }
        sites = sites == null ? SiteRegistry.NONE : sites;
    }

    /** The admin API on, behind {@code token}, with no sites to manage. */
    public static AdminAccess on(CrawlControl control, AdminToken token) {
        return on(control, token, SiteRegistry.NONE);
    }

    /** The admin API on, behind {@code token}, managing {@code sites}. */
    public static AdminAccess on(CrawlControl control, AdminToken token, SiteRegistry sites) {
        return new AdminAccess(Objects.requireNonNull(control, "control"), Objects.requireNonNull(token, "token"),
                Objects.requireNonNull(sites, "sites"));
    }

    /** The admin API off. */
    public static AdminAccess off() {
        return OFF;
    }

    public boolean enabled() {
        return token != null;
    }
}
