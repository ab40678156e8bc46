package gazette.api.admin;

import gazette.core.CrawlControl;
import java.util.Objects;

/**
 * Whether the admin API is on, and with what: the crawls it controls and the token that opens it. Off, every admin
 * route answers 404.
 */
public record AdminAccess(CrawlControl control, AdminToken token) {
    private static final AdminAccess OFF = new AdminAccess(null, null);

    public AdminAccess {
        if ((control == null) != (token == null)) {
            throw new IllegalArgumentException("the admin API needs both a crawl control and a token, or neither");
        }
    }

    /** The admin API on, behind {@code token}. */
    public static AdminAccess on(CrawlControl control, AdminToken token) {
        return new AdminAccess(Objects.requireNonNull(control, "control"), Objects.requireNonNull(token, "token"));
    }

    /** The admin API off. */
    public static AdminAccess off() {
        return OFF;
    }

    public boolean enabled() {
        return token != null;
    }
}
