package gazette.app.reliability;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import gazette.core.ElasticsearchClients;
import gazette.core.ElasticsearchSettings;
import gazette.crawler.CrawlResult;
import gazette.crawler.CrawlSettings;
import gazette.crawler.Crawler;
import gazette.crawler.ProgressListener;
import gazette.crawler.frontier.ElasticsearchStatusStore;
import gazette.crawler.politeness.PolitenessSettings;
import gazette.extraction.HtmlExtractor;
import gazette.indexer.BulkIndexer;
import gazette.indexer.BulkSettings;
import gazette.indexer.IndexLifecycle;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The crawl {@link CrawlKilledIT} runs in a child JVM and kills: wired as {@code gazette crawl} wires it (frontier in
 * a crawl-status index that a restart resumes, the real extractor, the bulk indexer; see {@code CrawlJob}), but with
 * no delay between requests so the sample site takes seconds, not minutes. Prints {@code fetched=N} as pages reach
 * the sink and {@code done pages=N} at the end.
 *
 * <p>Usage: {@code KillableCrawl <es-url> <alias> <status-index> <seed-url> fresh|resume}.
 */
public final class KillableCrawl {
    static final int CONCURRENCY = 4;
    static final int FLUSH_EVERY = 10;

    private KillableCrawl() {}

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        ElasticsearchClient client = ElasticsearchClients.connect(ElasticsearchSettings.of(args[0]));
        String index = new IndexLifecycle(client).ensure(args[1]);
        var store = new ElasticsearchStatusStore(client, args[2]);
        store = args[4].equals("fresh") ? store.recreate() : store.ensure();
        CrawlResult result;
        try (BulkIndexer indexer = new BulkIndexer(client, index, BulkSettings.defaults())) {
            result = new Crawler(settings(URI.create(args[3])), new HtmlExtractor(), indexer, progress(out), store)
                    .crawl();
        }
        client.indices().refresh(r -> r.index(index));
        out.println("done pages=" + result.pages().size());
        client._transport().close();
    }

    static CrawlSettings settings(URI seed) {
        return CrawlSettings.of(seed).withMaxPages(2_000).withAllowPrivate(true).withFlushEvery(FLUSH_EVERY)
                .withConcurrency(CONCURRENCY).withPoliteness(PolitenessSettings.defaults()
                        .withMinDelay(Duration.ZERO).withMaxParallelPerHost(CONCURRENCY));
    }

    /** One line per page handed to the sink, so the test can kill at a chosen point. */
    private static ProgressListener progress(PrintStream out) {
        AtomicInteger printed = new AtomicInteger();
        return p -> {
            int fetched = p.fetched();
            if (printed.getAndAccumulate(fetched, Math::max) < fetched) {
                out.println("fetched=" + fetched);
            }
        };
    }
}
