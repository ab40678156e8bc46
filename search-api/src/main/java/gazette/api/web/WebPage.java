package gazette.api.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The search page: static HTML, CSS and plain JavaScript from the resources under {@code gazette/web/}, which
 * calls {@code /api/search}. Only files named here are served, so no path from the request reaches the classpath.
 */
public final class WebPage {
    private static final Map<String, String> ASSETS = Map.of(
            "app.js", "text/javascript; charset=utf-8",
            "style.css", "text/css; charset=utf-8");
    /** Scripts and styles from this origin only: a snippet that slipped through escaping still could not run. */
    private static final String POLICY = "default-src 'self'; img-src 'self' data:; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";

    private WebPage() {}

    public static void register(RoutesConfig routes) {
        byte[] index = read("index.html");
        Map<String, byte[]> assets = Map.of("app.js", read("app.js"), "style.css", read("style.css"));
        routes.get("/", ctx -> serve(ctx, "text/html; charset=utf-8", index));
        routes.get("/assets/{name}", ctx -> {
            String name = ctx.pathParam("name");
            if (!assets.containsKey(name)) {
                throw new NotFoundResponse("No asset named '" + name + "'");
            }
            serve(ctx, ASSETS.get(name), assets.get(name));
        });
    }

    private static void serve(Context ctx, String contentType, byte[] body) {
        ctx.header("Content-Security-Policy", POLICY).header("X-Content-Type-Options", "nosniff")
                .contentType(contentType).result(body);
    }

    private static byte[] read(String name) {
        try (InputStream in = WebPage.class.getResourceAsStream("/gazette/web/" + name)) {
            if (in == null) {
                throw new IllegalStateException("resource gazette/web/" + name + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
