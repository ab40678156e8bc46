package gazette.app;

import gazette.api.Meters;
import gazette.api.SearchApi;
import gazette.api.admin.AdminAccess;
import gazette.api.admin.AdminToken;
import gazette.core.PagesIndex;
import gazette.crawler.frontier.CrawlStatusIndex;
import gazette.crawler.politeness.PolitenessSettings;
import gazette.indexer.IndexLifecycle;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Serves the search API, the admin API (when a token is set), metrics and the search page until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serve the search API and web page.")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    ElasticsearchOptions elasticsearch;

    @Option(names = "--host", defaultValue = "${env:GAZETTE_HOST:-127.0.0.1}", description = "Address to bind. Default: ${DEFAULT-VALUE}")
    String host;

    @Option(names = "--port", defaultValue = "${env:GAZETTE_PORT:-7070}", description = "HTTP port. Default: ${DEFAULT-VALUE}")
    int port;

    @Option(names = "--admin-token", defaultValue = "${env:GAZETTE_ADMIN_TOKEN}", paramLabel = "TOKEN",
            description = "Bearer token for /api/admin (env GAZETTE_ADMIN_TOKEN; at least 16 characters). "
                    + "Without it the admin API is off (404).")
    String adminToken;

    @Option(names = "--stall-after", defaultValue = "${env:GAZETTE_STALL_AFTER:-PT2M}", paramLabel = "DURATION",
            description = "A crawl with URLs queued and no progress this long is reported stalled (ISO-8601). "
                    + "Default: ${DEFAULT-VALUE}")
    Duration stallAfter;

    @Override
    public Integer call() throws InterruptedException {
        AdminToken token = adminToken == null || adminToken.isBlank() ? null : AdminToken.of(adminToken.strip());
        var settings = new CrawlServiceSettings(PagesIndex.ALIAS, CrawlStatusIndex.NAME, stallAfter,
                PolitenessSettings.defaults());
        ElasticsearchConnection es = ElasticsearchConnection.open(elasticsearch.external(), elasticsearch.dataDir, 0);
        Runtime.getRuntime().addShutdownHook(new Thread(es::close, "es-shutdown"));
        new IndexLifecycle(es.client()).ensure(PagesIndex.ALIAS);
        PrometheusMeterRegistry meters = Meters.prometheus();
        AdminAccess admin = AdminAccess.off();
        if (token != null) {
            CrawlService crawls = new CrawlService(es.client(), settings, meters, Clock.systemUTC());
            admin = AdminAccess.on(crawls, token);
        }
        var server = new SearchApi(es.client(), PagesIndex.ALIAS, admin, meters).start(host, port);
        System.out.println("Gazette search on http://" + displayHost() + ":" + server.port() + "/ (Elasticsearch " + es.url() + ")");
        System.out.println(admin.enabled() ? "Admin API on at /api/admin (bearer token required)"
                : "Admin API off: set --admin-token or GAZETTE_ADMIN_TOKEN to turn it on");
        Thread.currentThread().join();
        return 0;
    }

    private String displayHost() {
        return "0.0.0.0".equals(host) || "127.0.0.1".equals(host) ? "localhost" : host;
    }
}
