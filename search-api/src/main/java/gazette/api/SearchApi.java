package gazette.api;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import gazette.api.admin.AdminAccess;
import gazette.api.admin.AdminRoutes;
import gazette.api.feed.AtomFeed;
import gazette.api.search.Documents;
import gazette.api.search.ScriptDetector;
import gazette.api.search.SearchParams;
import gazette.api.search.SearchParamsParser;
import gazette.api.search.Searcher;
import gazette.api.search.Sort;
import gazette.api.web.WebPage;
import gazette.core.FetchHistory;
import gazette.core.LanguageDetector;
import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.time.Clock;
import java.util.Objects;

/**
 * Gazette's HTTP interface: the JSON API under {@code /api} (search and its Atom feed, documents, health, its
 * OpenAPI description, the admin API behind a token), Prometheus metrics at {@code /metrics} and the search page at
 * {@code /}, answering from the pages index behind {@code indexAlias}.
 */
public final class SearchApi {
    private final Searcher searcher;
    private final Documents documents;
    private final HealthCheck health;
    private final AdminAccess admin;
    private final PrometheusMeterRegistry meters;
    private final Clock clock = Clock.systemUTC();

    /**
     * The search API with the admin API off, metrics in a registry of its own, query languages told by their script
     * ({@link ScriptDetector}) and fetch history from {@link FetchHistory#NAME}.
     */
    public SearchApi(ElasticsearchClient client, String indexAlias) {
        this(client, indexAlias, AdminAccess.off(), Meters.prometheus());
    }

    /** The search API with query languages told by their script ({@link ScriptDetector}). */
    public SearchApi(ElasticsearchClient client, String indexAlias, AdminAccess admin,
            PrometheusMeterRegistry meters) {
        this(client, indexAlias, admin, meters, new ScriptDetector());
    }

    /** As the full constructor, with fetch history from {@link FetchHistory#NAME}. */
    public SearchApi(ElasticsearchClient client, String indexAlias, AdminAccess admin,
            PrometheusMeterRegistry meters, LanguageDetector detector) {
        this(client, indexAlias, FetchHistory.NAME, admin, meters, detector);
    }

    /**
     * @param fetchHistoryIndex where {@code /api/documents/{id}} reads fetch history; it need not exist
     * @param admin             whether the admin API is on, with its crawl control and token
     * @param meters            the registry {@code /metrics} shows; request timings are recorded in it
     * @param detector          tells a query's languages, whose fields it then runs over
     */
    public SearchApi(ElasticsearchClient client, String indexAlias, String fetchHistoryIndex, AdminAccess admin,
            PrometheusMeterRegistry meters, LanguageDetector detector) {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(indexAlias, "indexAlias");
        Objects.requireNonNull(fetchHistoryIndex, "fetchHistoryIndex");
        this.searcher = new Searcher(client, indexAlias, Objects.requireNonNull(detector, "detector"));
        this.documents = new Documents(client, indexAlias, fetchHistoryIndex);
        this.health = new HealthCheck(client, indexAlias);
        this.admin = Objects.requireNonNull(admin, "admin");
        this.meters = Objects.requireNonNull(meters, "meters");
    }

    /** Starts serving on {@code host:port} (port 0 picks a free one; ask the returned server for it). */
    public Javalin start(String host, int port) {
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.http.prefer405over404 = true;
            config.jsonMapper(new JacksonJsonMapper());
            config.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrors()));
            config.requestLogger.http(new RequestMetrics(meters));
            routes(config.routes);
            ErrorMapping.register(config.routes);
        }).start(host, port);
    }

    private void routes(RoutesConfig routes) {
        routes.get("/api/health", ctx -> ctx.json(health.check()));
        routes.get("/api/search", ctx -> ctx.json(searcher.search(SearchParamsParser.parse(ctx.queryParamMap()))));
        routes.get("/api/search.atom", this::feed);
        routes.get("/api/documents/{id}", ctx -> ctx.json(documents.get(ctx.pathParam("id"))));
        OpenApiDocument openApi = OpenApiDocument.load();
        routes.get(OpenApiDocument.PATH, ctx -> ctx.contentType("application/json").result(openApi.json()));
        routes.get("/metrics", ctx -> ctx.contentType(Meters.CONTENT_TYPE).result(meters.scrape()));
        AdminRoutes.register(routes, admin);
        WebPage.register(routes);
    }

    /** The newest matches of any search as Atom, for alerts; the same parameters as {@code /api/search}. */
    private void feed(Context ctx) throws IOException {
        SearchParams params = SearchParamsParser.parse(ctx.queryParamMap(), Sort.NEWEST);
        String atom = AtomFeed.render(params.q(), ctx.fullUrl(), searcher.search(params), clock.instant());
        ctx.contentType(AtomFeed.CONTENT_TYPE).result(atom);
    }
}
