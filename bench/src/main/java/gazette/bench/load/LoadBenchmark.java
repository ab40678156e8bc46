package gazette.bench.load;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import gazette.api.SearchApi;
import gazette.bench.BenchElasticsearch;
import gazette.core.PagesIndex;
import gazette.indexer.BulkIndexer;
import gazette.indexer.BulkSettings;
import gazette.indexer.IndexLifecycle;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * Issue 8.6: the search API's p99 latency under a fixed request rate while a crawl of a synthetic 10,000-page site
 * runs, against the same load without a crawl (before and after), in one run on 127.0.0.1; and the crawling JVM's
 * peak resident memory under a configured heap. Prints a Markdown report on stdout; every phase is bounded.
 *
 * <p>Usage: {@code LoadBenchmark [pages=10000] [rate=20] [quiet-seconds=60] [max-crawl-minutes=20]
 * [crawl-heap=256m] [concurrency=4] [es=URL]}.
 */
public final class LoadBenchmark {
    static final String ALIAS = "gazette-bench-load";
    private static final Duration WARM_UP = Duration.ofSeconds(30);

    private LoadBenchmark() {}

    public static void main(String[] args) throws Exception {
        LoadSettings settings = LoadSettings.parse(args);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (BenchElasticsearch es = BenchElasticsearch.connect(settings.esUrl());
                SyntheticSite site = SyntheticSite.start(settings.pages())) {
            fill(es.client(), site);
            Javalin api = new SearchApi(es.client(), ALIAS).start("127.0.0.1", 0);
            try {
                out.print(run(settings, es, site, URI.create("http://127.0.0.1:" + api.port())));
            } finally {
                api.stop();
                es.client().indices().delete(d -> d.index(PagesIndex.versioned(ALIAS), ALIAS + "-status")
                        .ignoreUnavailable(true));
            }
        }
    }

    /** The index the API searches, filled with every page of the site as the crawler would hand it over. */
    private static void fill(ElasticsearchClient client, SyntheticSite site) throws IOException {
        String index = new IndexLifecycle(client).recreate(ALIAS);
        try (BulkIndexer indexer = new BulkIndexer(client, index, BulkSettings.defaults())) {
            site.pages().paths().forEach(p -> indexer.accept(site.pages().article(p).page(site.base())));
        }
        client.indices().refresh(r -> r.index(index));
    }

    private static String run(LoadSettings settings, BenchElasticsearch es, SyntheticSite site, URI api)
            throws InterruptedException {
        LoadGenerator load = new LoadGenerator(api, settings.rate(), 8L);
        load.run("warm-up", WARM_UP, () -> false);
        Latencies before = load.run("no crawl (before)", settings.quiet(), () -> false);
        long siteRequests = site.requests();
        Latencies during;
        String crawl;
        String loadAverage = loadAverage();
        try (ChildCrawl child = ChildCrawl.start(settings.crawlHeap(), es.url(), ALIAS, ALIAS + "-status",
                site.base().toString(), Integer.toString(settings.pages() + 100),
                Integer.toString(settings.concurrency()))) {
            child.awaitStarted();
            during = load.run("crawl running", settings.maxCrawl(), child::exited);
            child.close();
            crawl = child.result() != null ? child.result() : String.format(Locale.ROOT,
                    "stopped at the %d min limit after %d pages; peak_rss_kb=%d", settings.maxCrawl().toMinutes(),
                    child.fetched(), child.peakRssKb());
        }
        siteRequests = site.requests() - siteRequests;
        Latencies after = load.run("no crawl (after)", settings.quiet(), () -> false);
        loadAverage += " → " + loadAverage();
        return report(settings, before, during, after, crawl, siteRequests, loadAverage);
    }

    /** The machine's 1-minute load average, for reading the figures: the benchmark shares the CPUs. */
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }

    private static String report(LoadSettings settings, Latencies before, Latencies during, Latencies after,
            String crawl, long siteRequests, String load) {
        return String.format(Locale.ROOT, """
                site: %d pages, %.0f search requests/s, crawl heap -Xmx%s, crawl concurrency %d

                %s
                %s
                %s
                %s

                p99 ratio, crawl / no crawl: %.2f (before) %.2f (after)
                crawl: %s
                site requests during the crawl: %d
                load average (1 min) at the crawl's start and end: %s
                """, settings.pages(), settings.rate(), settings.crawlHeap(), settings.concurrency(),
                Latencies.header(), before.row(), during.row(), after.row(),
                during.percentileMs(99) / before.percentileMs(99), during.percentileMs(99) / after.percentileMs(99),
                crawl, siteRequests, load);
    }
}
