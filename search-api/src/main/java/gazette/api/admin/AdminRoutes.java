package gazette.api.admin;

import gazette.api.search.BadParameterException;
import gazette.core.CrawlControl;
import gazette.core.CrawlReport;
import gazette.core.CrawlRequest;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.UnauthorizedResponse;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The admin API under {@code /api/admin}: start, list, watch and stop crawls, look up a URL's crawl record and
 * history, and manage the configured sites.
 * Every route needs {@code Authorization: Bearer <token>}: 401 without it, 403 with a wrong one, 404 for all of
 * them when the admin API is off.
 */
public final class AdminRoutes {
    private static final String BEARER = "bearer ";
    private final AdminAccess access;

    private AdminRoutes(AdminAccess access) {
        this.access = access;
    }

    /** Registers the admin routes; they exist (and are documented) whether or not the API is on. */
    public static void register(RoutesConfig routes, AdminAccess access) {
        AdminRoutes admin = new AdminRoutes(access);
        routes.beforeMatched("/api/admin/*", admin::authorize);
        routes.post("/api/admin/crawls", admin::start);
        routes.get("/api/admin/crawls", ctx -> ctx.json(new CrawlList(admin.control().crawls())));
        routes.get("/api/admin/crawls/{id}", ctx -> ctx.json(found(admin.control().crawl(ctx.pathParam("id")), ctx)));
        routes.delete("/api/admin/crawls/{id}",
                ctx -> ctx.status(202).json(found(admin.control().stop(ctx.pathParam("id")), ctx)));
        routes.get("/api/admin/urls", admin::url);
        SiteRoutes.register(routes, () -> admin.access.sites());
    }

    /** The body of {@code GET /api/admin/crawls}. */
    public record CrawlList(List<CrawlReport> crawls) {}

    private void authorize(Context ctx) {
        if (!access.enabled()) {
            throw new NotFoundResponse("The admin API is off: start the server with --admin-token "
                    + "(or GAZETTE_ADMIN_TOKEN) to turn it on");
        }
        String header = ctx.header("Authorization");
        if (header == null || !header.toLowerCase(Locale.ROOT).startsWith(BEARER)) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"gazette-admin\"");
            throw new UnauthorizedResponse("The admin API needs an 'Authorization: Bearer <token>' header");
        }
        if (!access.token().matches(header.substring(BEARER.length()).strip())) {
            throw new ForbiddenResponse("The bearer token is not the admin token");
        }
    }

    private void start(Context ctx) {
        CrawlRequest request = CrawlRequestParser.parse(ctx.body());
        if (request.site() != null && access.sites().site(request.site()).isEmpty()) {
            throw new InvalidFieldException("site", "names no configured site: '" + request.site() + "'");
        }
        CrawlReport report = control().start(request);
        ctx.status(202).header("Location", "/api/admin/crawls/" + report.id()).json(report);
    }

    private void url(Context ctx) {
        String url = ctx.queryParam("url");
        if (url == null || url.isBlank()) {
            throw new BadParameterException("url", "is required: the URL to look up");
        }
        ctx.json(control().url(url.strip()).orElseThrow(
                () -> new NotFoundResponse("No crawl record for " + url.strip())));
    }

    private static <T> T found(Optional<T> value, Context ctx) {
        return value.orElseThrow(() -> new NotFoundResponse("No crawl with id '" + ctx.pathParam("id") + "'"));
    }

    private CrawlControl control() {
        return access.control();
    }
}
