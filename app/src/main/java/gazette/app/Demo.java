package gazette.app;

import gazette.api.Meters;
import gazette.api.SearchApi;
import gazette.api.admin.AdminAccess;
import gazette.extraction.lang.QueryLanguages;
import gazette.core.ElasticsearchSettings;
import gazette.core.CrawlRequest;
import gazette.core.site.RemovalPolicy;
import gazette.core.site.Schedule;
import gazette.core.site.SiteConfig;
import gazette.core.site.SitePoliteness;
import gazette.core.site.SiteScope;
import gazette.crawler.politeness.PolitenessSettings;
import gazette.indexer.IndexLifecycle;
import gazette.samplesite.SampleSite;
import io.javalin.Javalin;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The demo: the bundled sample site on 127.0.0.1, Elasticsearch, a crawl of the whole site into a fresh index, and
 * the search server. The server starts first, so its URL works while the crawl fills the index.
 */
final class Demo implements AutoCloseable {
    /** The sample site's name as a configured site. */
    static final String SITE = "sample";
    private final ElasticsearchConnection es;
    private final SampleSite site;
    private final Javalin server;
    private final URI searchUrl;
    private CrawlJob.Outcome outcome;

    private Demo(ElasticsearchConnection es, SampleSite site, Javalin server, String host) {
        this.es = es;
        this.site = site;
        this.server = server;
        this.searchUrl = URI.create("http://" + ("127.0.0.1".equals(host) ? "localhost" : host) + ":" + server.port() + "/");
    }

    /** Starts Elasticsearch (embedded unless {@code external} is given), the sample site and the search server. */
    static Demo start(DemoSettings settings, PrintStream out) {
        long t0 = System.nanoTime();
        out.println(settings.external() == null ? "Starting the embedded Elasticsearch node..." : "Connecting to " + settings.external().url());
        ElasticsearchConnection es = ElasticsearchConnection.open(settings.external(), settings.dataDir(), 0);
        out.printf("Elasticsearch ready at %s in %.1f s%n", es.url(), seconds(t0));
        new IndexLifecycle(es.client()).recreate(settings.alias());
        SampleSite site = SampleSite.start(settings.sitePort());
        Javalin server = new SearchApi(es.client(), settings.alias(), AdminAccess.off(), Meters.prometheus(),
                new QueryLanguages()).start(settings.host(), settings.port());
        Demo demo = new Demo(es, site, server, settings.host());
        out.println("Sample site (" + site.articles().size() + " announcements) at " + site.baseUri());
        out.println("Search page: " + demo.searchUrl + " (filling while the crawl runs)");
        return demo;
    }

    /** Crawls the whole sample site, configured as the site {@value #SITE}, into the index. */
    CrawlJob.Outcome crawl(String alias, PrintStream out) {
        SitesFile sites = SitesFile.inMemory(List.of(sampleSite()));
        CrawlPlan plan = CrawlPlan.of(CrawlRequest.ofSite(SITE), sites, PolitenessSettings.defaults());
        outcome = new CrawlJob(es.client(), alias).run(plan.settings().withConcurrency(4), out);
        return outcome;
    }

    /**
     * The sample site as a sites-file entry would give it: our own server on loopback, so private addresses are
     * allowed and it may be crawled harder than a real site.
     */
    SiteConfig sampleSite() {
        return new SiteConfig(SITE, List.of(site.baseUri()), List.of(),
                new SiteScope(List.of(), List.of(), List.of(), SiteScope.DEFAULT_MAX_DEPTH, 2_000),
                new SitePoliteness(Duration.ZERO, 4), Schedule.MANUAL, RemovalPolicy.defaults(), true);
    }

    URI searchUrl() {
        return searchUrl;
    }

    SampleSite site() {
        return site;
    }

    @Override
    public void close() {
        server.stop();
        site.close();
        es.close();
    }

    static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    /** How the demo runs. */
    record DemoSettings(ElasticsearchSettings external, Path dataDir, String alias, String host, int port, int sitePort) {}
}
