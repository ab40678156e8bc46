package gazette.api.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gazette.core.Json;
import gazette.core.site.InvalidSiteException;
import gazette.core.site.SiteConfig;
import gazette.core.site.SiteConfigReader;
import gazette.core.site.SiteExistsException;
import gazette.core.site.SiteRegistry;
import gazette.core.site.SiteStatus;
import io.javalin.config.RoutesConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.ConflictResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.List;
import java.util.function.Supplier;

/** The site routes of the admin API: list, read, add, replace, and re-read the sites file. */
final class SiteRoutes {
    private final Supplier<SiteRegistry> sites;

    private SiteRoutes(Supplier<SiteRegistry> sites) {
        this.sites = sites;
    }

    static void register(RoutesConfig routes, Supplier<SiteRegistry> sites) {
        SiteRoutes r = new SiteRoutes(sites);
        routes.get("/api/admin/sites", ctx -> ctx.json(new SiteList(r.sites.get().sites())));
        routes.post("/api/admin/sites", r::add);
        routes.post("/api/admin/sites/reload", ctx -> ctx.json(new SiteList(r.reload())));
        routes.get("/api/admin/sites/{name}", ctx -> ctx.json(r.sites.get().site(ctx.pathParam("name"))
                .orElseThrow(() -> unknown(ctx.pathParam("name")))));
        routes.put("/api/admin/sites/{name}", r::put);
    }

    /** The body of {@code GET /api/admin/sites}. */
    public record SiteList(List<SiteStatus> sites) {}

    private void add(Context ctx) {
        add(ctx, read(ctx.body(), null));
    }

    private void add(Context ctx, SiteConfig site) {
        try {
            SiteStatus added = sites.get().add(site);
            ctx.status(201).header("Location", "/api/admin/sites/" + added.name()).json(added);
        } catch (SiteExistsException e) {
            throw new ConflictResponse(e.getMessage());
        } catch (UnsupportedOperationException e) {
            throw new NotFoundResponse("Sites are not configured on this server");
        }
    }

    /** Replaces the named site, or adds it when there is none (201). */
    private void put(Context ctx) {
        String name = ctx.pathParam("name");
        SiteConfig site = read(ctx.body(), name);
        var updated = sites.get().update(site);
        if (updated.isPresent()) {
            ctx.json(updated.get());
        } else {
            add(ctx, site);
        }
    }

    private List<SiteStatus> reload() {
        try {
            return sites.get().reload();
        } catch (IllegalArgumentException e) {
            throw new BadRequestResponse("The sites file was not reloaded: " + e.getMessage());
        }
    }

    /** The site in {@code body}; {@code name} (from the path) fills a missing name and must match a given one. */
    private static SiteConfig read(String body, String name) {
        JsonNode json;
        try {
            json = body == null || body.isBlank() ? null : Json.mapper().readTree(body);
        } catch (JsonProcessingException e) {
            throw new InvalidFieldException("body", "is not valid JSON: " + e.getOriginalMessage());
        }
        if (json == null || !json.isObject()) {
            throw new InvalidFieldException("body", "must be a JSON object");
        }
        if (name != null && !json.has("name")) {
            ((ObjectNode) json).put("name", name);
        } else if (name != null && !name.equals(json.path("name").asText())) {
            throw new InvalidFieldException("name", "must be the name in the path, '" + name + "'");
        }
        try {
            return SiteConfigReader.read(json);
        } catch (InvalidSiteException e) {
            throw new BadRequestResponse(e.getMessage());
        }
    }

    private static NotFoundResponse unknown(String name) {
        return new NotFoundResponse("No site named '" + name + "'");
    }
}
