package gazette.app;

import gazette.api.SearchApi;
import gazette.core.ElasticsearchSettings;
import gazette.crawler.CrawlSettings;
import gazette.crawler.politeness.PolitenessSettings;
import gazette.indexer.IndexLifecycle;
import gazette.samplesite.SampleSite;
import io.javalin.Javalin;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The demo: the bundled sample site on 127.0.0.1, Elasticsearch, a crawl of the whole site into a fresh index, and
 * the search server. The server starts first, so its URL works while the crawl fills the index.
 */
final class Demo implements AutoCloseable {
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
        Javalin server = new SearchApi(es.client(), settings.alias()).start(settings.host(), settings.port());
        Demo demo = new Demo(es, site, server, settings.host());
        out.println("Sample site (" + site.articles().size() + " announcements) at " + site.baseUri());
        out.println("Search page: " + demo.searchUrl + " (filling while the crawl runs)");
        return demo;
    }

    /** Crawls the whole sample site into the index. */
    CrawlJob.Outcome crawl(String alias, PrintStream out) {
        CrawlSettings settings = CrawlSettings.of(site.baseUri())
                .withMaxPages(2_000)
                .withAllowPrivate(true)
                // The sample site is our own server on loopback, so it may be crawled harder than a real site.
                .withPoliteness(PolitenessSettings.defaults().withMinDelay(Duration.ZERO).withMaxParallelPerHost(4))
                .withConcurrency(4);
        outcome = new CrawlJob(es.client(), alias).run(settings, out);
        return outcome;
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
