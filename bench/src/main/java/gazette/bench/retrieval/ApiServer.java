package gazette.bench.retrieval;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import gazette.api.Meters;
import gazette.api.SearchApi;
import gazette.api.admin.AdminAccess;
import gazette.extraction.lang.QueryLanguages;
import io.javalin.Javalin;
import java.net.URI;

/**
 * The real search API, in this JVM on 127.0.0.1 and a free port, over one alias, telling a query's languages with
 * extraction's Lingua-backed {@link QueryLanguages} (the admin API off).
 */
final class ApiServer implements RetrievalBenchmark.SearchApiServer {
    private final Javalin app;

    private ApiServer(Javalin app) {
        this.app = app;
    }

    static ApiServer start(ElasticsearchClient client, String alias) {
        return new ApiServer(new SearchApi(client, alias, AdminAccess.off(), Meters.prometheus(), new QueryLanguages())
                .start("127.0.0.1", 0));
    }

    @Override
    public URI uri() {
        return URI.create("http://127.0.0.1:" + app.port());
    }

    @Override
    public void close() {
        app.stop();
    }
}
