package gazette.app;

import gazette.api.Meters;
import gazette.api.SearchApi;
import gazette.api.admin.AdminAccess;
import gazette.api.admin.AdminToken;
import gazette.core.PagesIndex;
import gazette.extraction.lang.QueryLanguages;
import gazette.crawler.frontier.CrawlStatusIndex;
import gazette.crawler.politeness.PolitenessSettings;
import gazette.indexer.IndexLifecycle;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
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

    @Option(names = "--config", defaultValue = "${env:GAZETTE_SITES}", paramLabel = "FILE",
            description = "The sites file (env GAZETTE_SITES): its sites are crawled on their schedules and managed "
                    + "at /api/admin/sites. See config/sites.example.yaml.")
    Path config;

    @Option(names = "--schedule-check", defaultValue = "PT15S", paramLabel = "DURATION",
            description = "How often the sites' schedules are checked (ISO-8601). Default: ${DEFAULT-VALUE}")
    Duration scheduleCheck;

    @Override
    public Integer call() throws InterruptedException {
        AdminToken token = adminToken == null || adminToken.isBlank() ? null : AdminToken.of(adminToken.strip());
        var settings = new CrawlServiceSettings(PagesIndex.ALIAS, CrawlStatusIndex.NAME, stallAfter,
                PolitenessSettings.defaults());
        SitesFile sites = config == null ? SitesFile.inMemory(List.of()) : SitesFile.load(config); // fails before ES
        ElasticsearchConnection es = ElasticsearchConnection.open(elasticsearch.external(), elasticsearch.dataDir, 0);
        AtomicReference<CrawlService> crawlService = new AtomicReference<>();
        // One hook, in order: running crawls stop and flush their last pages while the node still answers.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            Optional.ofNullable(crawlService.get()).ifPresent(CrawlService::close);
            es.close();
        }, "shutdown"));
        new IndexLifecycle(es.client()).ensure(PagesIndex.ALIAS);
        PrometheusMeterRegistry meters = Meters.prometheus();
        Clock clock = Clock.systemUTC();
        SiteStates states = SiteStates.open(es.client(), SiteStates.NAME);
        CrawlService crawls = new CrawlService(es.client(), settings, sites, states, meters, clock);
        crawlService.set(crawls);
        ManagedSites managed = new ManagedSites(sites, states, crawls::active, clock.instant());
        AdminAccess admin = token == null ? AdminAccess.off() : AdminAccess.on(crawls, token, managed);
        if (config != null) {
            new SiteScheduler(sites, managed, crawls, clock).start(scheduleCheck);
        }
        var server = new SearchApi(es.client(), PagesIndex.ALIAS, admin, meters, new QueryLanguages())
                .start(host, port);
        System.out.println("Gazette search on http://" + displayHost() + ":" + server.port() + "/ (Elasticsearch " + es.url() + ")");
        System.out.println(admin.enabled() ? "Admin API on at /api/admin (bearer token required)"
                : "Admin API off: set --admin-token or GAZETTE_ADMIN_TOKEN to turn it on");
        System.out.println(config == null ? "No sites file: crawls run only when asked (--config FILE to schedule)"
                : "Scheduling " + sites.all().size() + " sites from " + config);
        Thread.currentThread().join();
        return 0;
    }

    private String displayHost() {
        return "0.0.0.0".equals(host) || "127.0.0.1".equals(host) ? "localhost" : host;
    }
}
