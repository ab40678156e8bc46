package gazette.bench.load;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import gazette.core.ElasticsearchClients;
import gazette.core.ElasticsearchSettings;
import gazette.core.PageSink;
import gazette.crawler.CrawlResult;
import gazette.crawler.CrawlSettings;
import gazette.crawler.Crawler;
import gazette.crawler.ProgressListener;
import gazette.crawler.frontier.ElasticsearchStatusStore;
import gazette.crawler.pacing.IndexSearchMeter;
import gazette.crawler.pacing.PacedSink;
import gazette.crawler.pacing.PacingSettings;
import gazette.crawler.politeness.PolitenessSettings;
import gazette.extraction.HtmlExtractor;
import gazette.indexer.BulkIndexer;
import gazette.indexer.BulkSettings;
import gazette.indexer.IndexLifecycle;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One crawl in a JVM of its own, wired as {@code gazette crawl} wires it (durable frontier in a crawl-status index,
 * the real extractor, the bulk indexer), so the load benchmark can measure its memory apart from Elasticsearch and
 * the API. Prints {@code fetched=N} every 10 pages and one {@code result key=value…} line at the end, with the
 * process's CPU time per page fetched.
 *
 * <p>Usage: {@code CrawlProcess <es-url> <alias> <status-index> <seed> <max-pages> <concurrency> paced|free};
 * {@code paced} hands the pages over through a {@link PacedSink} watching the searches of {@code alias}.
 */
public final class CrawlProcess {
    private static final int PROGRESS_EVERY = 10;

    private CrawlProcess() {}

    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        ElasticsearchClient client = ElasticsearchClients.connect(ElasticsearchSettings.of(args[0]));
        String index = new IndexLifecycle(client).ensure(args[1]);
        var status = new ElasticsearchStatusStore(client, args[2]).recreate();
        CrawlSettings settings = CrawlSettings.of(URI.create(args[3])).withMaxPages(Integer.parseInt(args[4]))
                .withAllowPrivate(true).withConcurrency(Integer.parseInt(args[5]))
                .withPoliteness(PolitenessSettings.defaults().withMinDelay(Duration.ZERO)
                        .withMaxParallelPerHost(Integer.parseInt(args[5])));
        long t0 = System.nanoTime();
        CrawlResult result;
        BulkIndexer indexer = new BulkIndexer(client, index, BulkSettings.defaults());
        try (indexer; PageSink sink = args[6].equals("paced")
                ? PacedSink.start(indexer, new IndexSearchMeter(client, args[1]), PacingSettings.defaults())
                : indexer) {
            result = new Crawler(settings, new HtmlExtractor(), sink, progress(out), status).crawl();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        long cpuMillis = ProcessHandle.current().info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);
        out.printf(Locale.ROOT, "result pages=%d requests=%d indexed=%d rejected=%d seconds=%.1f cpu_ms_per_page=%.1f "
                        + "max_heap_mb=%d peak_rss_kb=%d skipped=%s%n", result.pages().size(), result.requests(),
                indexer.indexed(), indexer.rejections().size(), seconds,
                (double) cpuMillis / Math.max(1, result.pages().size()), Runtime.getRuntime().maxMemory() >> 20,
                peakRssKb(), result.reasons());
        client._transport().close();
    }

    /** A {@code fetched=N} line every {@value #PROGRESS_EVERY} pages. */
    private static ProgressListener progress(PrintStream out) {
        AtomicInteger printed = new AtomicInteger();
        return p -> {
            int step = p.fetched() / PROGRESS_EVERY * PROGRESS_EVERY;
            if (step > 0 && printed.getAndAccumulate(step, Math::max) < step) {
                out.println("fetched=" + step);
            }
        };
    }

    /** The kernel's high-water mark of this process's resident memory ({@code VmHWM}); -1 off Linux. */
    static long peakRssKb() {
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) {
            return -1;
        }
        try {
            return Files.readAllLines(status).stream().filter(l -> l.startsWith("VmHWM:"))
                    .map(l -> Long.parseLong(l.replaceAll("\\D", ""))).findFirst().orElse(-1L);
        } catch (IOException e) {
            return -1;
        }
    }
}
