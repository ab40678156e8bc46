package gazette.bench.crawl;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import gazette.bench.BenchElasticsearch;
import gazette.crawler.CrawlSettings;
import gazette.crawler.politeness.PolitenessSettings;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Issue 3's benchmark, in one run on 127.0.0.1: a crawl of a generated site through the real path (seed, sitemap
 * and links, fetch, extraction, bulk indexing, durable frontier and fetch history in Elasticsearch) in pages per
 * second, against the ceiling of a fetch-only loop over the same pages at the same concurrency; then a crawl of
 * several small sites with a per-host delay and the gaps each host saw. Prints a Markdown report on stdout.
 *
 * <p>Usage: {@code CrawlBenchmark [pages=10000] [concurrency=8] [tunings=shipped] [hosts=3] [host-pages=40]
 * [delay-ms=200] [es=URL]}; {@code tunings=before,refresh-1s,shipped} compares the end-to-end tunings of
 * {@link Tunings} on the same site in the same run.
 */
public final class CrawlBenchmark {
    static final String ALIAS = "gazette-bench-crawl";
    /** Above the site's size, so the page limit never decides what is crawled. */
    static final int SPARE_PAGES = 100;
    /** Texts of its own, unlike the measured site's (seed 0) and the politeness sites' (1, 2, …). */
    private static final long WARM_UP_SEED = 1_000;

    private CrawlBenchmark() {}

    public static void main(String[] args) throws Exception {
        CrawlBenchSettings settings = CrawlBenchSettings.parse(args);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (BenchElasticsearch es = BenchElasticsearch.connect(settings.esUrl())) {
            out.print(CrawlReport.markdown(run(es.client(), ALIAS, settings)));
        }
    }

    /** What one run measured. */
    record Report(CrawlBenchSettings settings, FetchLoop.Result ceiling, List<EndToEndCrawl.Result> crawls,
            PolitenessCheck.Result politeness, String load) {}

    /** Runs every measurement; the indexes it makes are named after {@code alias} and deleted at the end. */
    static Report run(ElasticsearchClient client, String alias, CrawlBenchSettings settings) throws IOException {
        EndToEndCrawl crawler = new EndToEndCrawl(client, alias);
        String load = loadAverage();
        warmUp(crawler, settings);
        try (GeneratedSite site = GeneratedSite.start(settings.pages(), 0)) {
            FetchLoop.Result ceiling = FetchLoop.run(site.articles(), settings.concurrency());
            List<EndToEndCrawl.Result> crawls = new ArrayList<>();
            for (String tuning : settings.tunings()) {
                crawls.add(crawler.run(throughput(site, settings), Tunings.named(tuning)));
            }
            PolitenessCheck.Result politeness = PolitenessCheck.run(crawler, settings.hosts(), settings.hostPages(),
                    settings.delay(), settings.concurrency());
            return new Report(settings, ceiling, crawls, politeness, load + " → " + loadAverage());
        } finally {
            crawler.delete();
        }
    }

    /**
     * An unreported crawl of a smaller site first, so the JIT has compiled the analysis and crawl paths before the
     * first measured tuning: otherwise the first tuning pays for the warm-up and the comparison favours the later ones.
     */
    private static void warmUp(EndToEndCrawl crawler, CrawlBenchSettings settings) throws IOException {
        if (settings.warmUpPages() == 0) {
            return;
        }
        try (GeneratedSite site = GeneratedSite.start(settings.warmUpPages(), WARM_UP_SEED)) {
            crawler.run(throughput(site, settings), Tunings.named(settings.tunings().getFirst()));
        }
    }

    /** Politeness relaxed for the one benchmark host: no delay, as many requests at once as the crawl makes. */
    private static CrawlSettings throughput(GeneratedSite site, CrawlBenchSettings settings) {
        return CrawlSettings.of(site.seed()).withMaxPages(settings.pages() + SPARE_PAGES).withAllowPrivate(true)
                .withConcurrency(settings.concurrency())
                .withPoliteness(PolitenessSettings.defaults().withMinDelay(Duration.ZERO)
                        .withMaxParallelPerHost(settings.concurrency()));
    }

    /** The machine's 1-minute load average, for reading the figures: the benchmark shares the CPUs. */
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }
}
