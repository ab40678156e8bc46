package gazette.app;

import gazette.api.Meters;
import gazette.api.SearchApi;
import gazette.api.admin.AdminAccess;
import gazette.api.admin.AdminToken;
import gazette.crawler.politeness.PolitenessSettings;
import gazette.testing.AdminHttp;
import gazette.testing.TestElasticsearch;
import io.javalin.Javalin;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * The real server with its admin API and crawl service over the test's Elasticsearch, as `serve --config` wires them,
 * on a free loopback port: what the admin tests drive over HTTP.
 */
record AdminServer(CrawlService crawls, Javalin server, AdminHttp admin) implements AutoCloseable {

    static AdminServer start(TestElasticsearch es, Path sitesFile, PolitenessSettings politeness, Duration stallAfter,
            String token) {
        var meters = Meters.prometheus();
        var settings = new CrawlServiceSettings(es.index(), es.index() + "-status", stallAfter, politeness,
                es.index() + "-history");
        SitesFile sites = SitesFile.load(sitesFile);
        SiteStates states = SiteStates.open(es.client(), es.index() + "-sites");
        CrawlService crawls = new CrawlService(es.client(), settings, sites, states, meters, Clock.systemUTC());
        var managed = new ManagedSites(sites, states, crawls::active, Clock.systemUTC().instant());
        Javalin server = new SearchApi(es.client(), es.index(), AdminAccess.on(crawls, AdminToken.of(token), managed),
                meters).start("127.0.0.1", 0);
        return new AdminServer(crawls, server, new AdminHttp(server.port(), token));
    }

    int port() {
        return server.port();
    }

    @Override
    public void close() {
        crawls.close();
        server.stop();
    }
}
