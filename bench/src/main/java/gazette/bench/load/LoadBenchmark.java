package gazette.bench.load;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import gazette.api.SearchApi;
import gazette.bench.BenchElasticsearch;
import gazette.core.PagesIndex;
import gazette.es.embedded.IndexingThreadPriority;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Issue 8.6: the search API's p99 latency under a fixed request rate while a crawl of a synthetic 10,000-page site
 * runs, against the same load while that crawl is paused, in one run on 127.0.0.1; and the crawling JVM's peak
 * resident memory under a configured heap. Prints a Markdown report on stdout; every phase is bounded.
 *
 * <p>Usage: {@code LoadBenchmark [pages=10000] [rate=2] [cycles=6] [phase-seconds=15] [crawl-heap=256m]
 * [concurrency=4] [crawls=nice+paced,plain,…] [es=URL]}: each crawl ({@link CrawlVariant}) runs in turn, so
 * variants are compared within one run on the same machine. {@code low-indexing} variants need this JVM started with
 * {@link IndexingThreadPriority#JVM_FLAGS} and the embedded node (no {@code es=}).
 */
public final class LoadBenchmark {
    static final String ALIAS = "gazette-bench-load";
    private static final Duration WARM_UP = Duration.ofSeconds(30);

    private LoadBenchmark() {}

    public static void main(String[] args) throws Exception {
        LoadSettings settings = LoadSettings.parse(args);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        // The embedded node starts with its indexing threads as Elasticsearch makes them; each crawl variant then
        // decides whether they run at the lowest priority while it crawls.
        System.setProperty(IndexingThreadPriority.PROPERTY, "normal");
        try (BenchElasticsearch es = BenchElasticsearch.connect(settings.esUrl());
                SyntheticSite site = SyntheticSite.start(settings.pages())) {
            fill(es.client(), site);
            Javalin api = new SearchApi(es.client(), ALIAS).start("127.0.0.1", 0);
            try {
                out.print(run(settings, es, site, URI.create("http://127.0.0.1:" + api.port()), out));
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
        // Merged now, so the first quiet phase does not pay for the fill's merges and the phases start level.
        client.indices().forcemerge(f -> f.index(index).maxNumSegments(1L));
    }

    /** Prints each crawl's rows as it ends too, so a run stopped at its time limit still says what it measured. */
    private static String run(LoadSettings settings, BenchElasticsearch es, SyntheticSite site, URI api,
            PrintStream out) throws InterruptedException {
        LoadGenerator load = new LoadGenerator(api, settings.rate(), 8L);
        load.run("warm-up", WARM_UP, () -> false);
        List<CrawlPhase> crawls = new ArrayList<>();
        for (CrawlVariant variant : settings.crawls()) {
            CrawlPhase phase = crawl(settings, variant, load, es, site);
            out.println(phase.quiet().row());
            out.println(phase.during().row());
            out.println(phase.summary());
            crawls.add(phase);
        }
        return report(settings, crawls);
    }

    /**
     * One crawl of the whole site in a child JVM under the search load, paused (SIGSTOP) and resumed in turns, so
     * the phases without and with a crawl alternate on the same machine and the load of other processes falls on
     * both alike. Ends after the cycles or when the crawl ends.
     */
    private static CrawlPhase crawl(LoadSettings settings, CrawlVariant variant, LoadGenerator load,
            BenchElasticsearch es, SyntheticSite site) throws InterruptedException {
        String loadAverage = loadAverage();
        List<Latencies> quiet = new ArrayList<>();
        List<Latencies> during = new ArrayList<>();
        double crawlSeconds = 0;
        String crawl;
        int pages;
        try (IndexingThreadPriority priority = variant.lowIndexing() ? IndexingThreadPriority.start() : null;
                ChildCrawl child = ChildCrawl.start(settings.crawlHeap(), variant, es.url(), ALIAS, ALIAS + "-status",
                site.base().toString(), Integer.toString(settings.pages() + 100),
                Integer.toString(settings.concurrency()))) {
            child.awaitFetching();
            int pagesBefore = child.fetched();
            for (int cycle = 0; cycle < settings.cycles() && !child.exited(); cycle++) {
                child.pause();
                quiet.add(load.run("no crawl", settings.phase(), () -> false));
                child.resume();
                Latencies running = load.run("crawl", settings.phase(), child::exited);
                during.add(running);
                crawlSeconds += running.seconds();
            }
            child.close();
            pages = child.fetched() - pagesBefore;
            crawl = child.result() != null ? child.result() : String.format(Locale.ROOT,
                    "stopped after %d cycles, %d pages; peak_rss_kb=%d", settings.cycles(), pages, child.peakRssKb());
        }
        return new CrawlPhase(variant, Latencies.of("no crawl (" + variant.name() + " paused)", quiet),
                Latencies.of("crawl running (" + variant.name() + ")", during), pages, crawlSeconds, crawl,
                loadAverage + " → " + loadAverage());
    }

    /** The machine's 1-minute load average, for reading the figures: the benchmark shares the CPUs. */
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }

    private static String report(LoadSettings settings, List<CrawlPhase> crawls) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "site: %d pages, %.0f search requests/s, %d cycles of %d s quiet + %d s crawling, crawl heap -Xmx%s, "
                        + "crawl concurrency %d%n%n%s%n", settings.pages(), settings.rate(), settings.cycles(),
                settings.phase().toSeconds(), settings.phase().toSeconds(), settings.crawlHeap(),
                settings.concurrency(), Latencies.header()));
        crawls.forEach(c -> out.append(c.quiet().row()).append('\n').append(c.during().row()).append('\n'));
        crawls.forEach(c -> out.append('\n').append(c.summary()).append('\n'));
        return out.toString();
    }
}
