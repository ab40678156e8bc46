package gazette.api;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import gazette.api.admin.InvalidFieldException;
import gazette.api.search.BadParameterException;
import gazette.api.search.DocumentNotFoundException;
import gazette.core.CrawlConflictException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place that turns failures into statuses, all with the {@link ApiError} body. Elasticsearch fails in two
 * ways: it rejected the request ({@link ElasticsearchException}, with its reason) or the request never got there
 * ({@link IOException}, including the client's TransportException): the latter is 503.
 */
final class ErrorMapping {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);

    private ErrorMapping() {}

    static void register(RoutesConfig routes) {
        routes.exception(BadParameterException.class, (e, ctx) -> respond(ctx, 400, e.getMessage()));
        routes.exception(InvalidFieldException.class, (e, ctx) -> respond(ctx, 400, e.getMessage()));
        routes.exception(CrawlConflictException.class, (e, ctx) -> respond(ctx, 409, e.getMessage()));
        routes.exception(DocumentNotFoundException.class, (e, ctx) -> respond(ctx, 404, e.getMessage()));
        routes.exception(HttpResponseException.class, (e, ctx) -> respond(ctx, e.getStatus(), e.getMessage()));
        routes.exception(ElasticsearchException.class, ErrorMapping::rejected);
        routes.exception(BackendUnavailableException.class, (e, ctx) -> serverError(ctx, 503, e.getMessage(), e));
        routes.exception(IOException.class,
                (e, ctx) -> serverError(ctx, 503, "Elasticsearch cannot be reached: " + e.getMessage(), e));
        routes.exception(UncheckedIOException.class, (e, ctx) -> serverError(ctx, 503,
                "Elasticsearch cannot be reached: " + e.getMessage(), e));
        routes.exception(Exception.class, ErrorMapping::unexpected);
    }

    /**
     * An I/O failure or a timeout wrapped in another exception (the client does so when it cannot get a connection
     * from its pool in time under overload) is still Elasticsearch out of reach, so 503; anything else is a bug, so
     * 500.
     */
    private static void unexpected(Exception e, Context ctx) {
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof IOException io) {
                serverError(ctx, 503, "Elasticsearch cannot be reached: " + io.getMessage(), e);
                return;
            }
            if (cause instanceof TimeoutException timeout) {
                serverError(ctx, 503, "Elasticsearch did not answer in time: " + timeout.getMessage(), e);
                return;
            }
        }
        serverError(ctx, 500, "The server failed to answer", e);
    }

    /** A query Elasticsearch refuses as malformed is the client's; a missing index or overload is ours. */
    private static void rejected(ElasticsearchException e, Context ctx) {
        String reason = e.error() == null ? e.getMessage() : e.error().reason();
        switch (e.status()) {
            case 400 -> respond(ctx, 400, "Elasticsearch rejected the query: " + reason);
            case 404 -> serverError(ctx, 503, "The search index is not available: " + reason, e);
            case 429 -> serverError(ctx, 503, "Elasticsearch is overloaded: " + reason, e);
            default -> serverError(ctx, 502, "Elasticsearch failed: " + reason, e);
        }
    }

    /** Logged here and only here, once per failed request. */
    private static void serverError(Context ctx, int status, String detail, Exception e) {
        LOG.error("request failed: status={} method={} path={} detail={}", status, ctx.method(), ctx.path(), detail, e);
        respond(ctx, status, detail);
    }

    static void respond(Context ctx, int status, String detail) {
        HttpStatus known = HttpStatus.forStatus(status);
        String title = known == HttpStatus.UNKNOWN ? "Error" : known.getMessage();
        ctx.status(status).json(new ApiError(status, title, detail));
    }
}
