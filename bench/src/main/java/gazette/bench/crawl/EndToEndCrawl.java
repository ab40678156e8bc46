package gazette.bench.crawl;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import gazette.core.PagesIndex;
import gazette.crawler.CrawlResult;
import gazette.crawler.CrawlSettings;
import gazette.crawler.Crawler;
import gazette.crawler.ProgressListener;
import gazette.crawler.frontier.ElasticsearchStatusStore;
import gazette.crawler.frontier.OutageRetry;
import gazette.crawler.history.ElasticsearchFetchLog;
import gazette.extraction.HtmlExtractor;
import gazette.indexer.BulkIndexer;
import gazette.indexer.BulkSettings;
import gazette.indexer.IndexLifecycle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;

/**
 * A crawl through the real path, wired as {@code gazette crawl} wires it: the crawler with its frontier kept in a
 * crawl-status index and its fetch history in a history index, the real extractor, the bulk indexer into a pages
 * index; timed from the start until every page is acknowledged and the index refreshed, then counted in the index.
 * Every index it uses is named after {@code alias} and made afresh.
 */
final class EndToEndCrawl {
    private static final int HISTORY_BATCH = 200;

    private final ElasticsearchClient client;
    private final String alias;

    EndToEndCrawl(ElasticsearchClient client, String alias) {
        this.client = client;
        this.alias = alias;
    }

    /**
     * How the pages reach Elasticsearch: pages per bulk request and per acknowledged flush, and the pages index's
     * {@code refresh_interval} while the indexer writes ({@link BulkSettings#refreshWhileWriting}; null: as its
     * definition says).
     */
    record Tuning(String name, int batchSize, int flushEvery, Duration refreshInterval) {}

    /** What the crawl did, what the index holds afterwards, and what it cost. */
    record Result(Tuning tuning, CrawlResult crawl, long acknowledged, int rejected, long inIndex, double seconds,
            double cpuSeconds, double jitSeconds, List<IndexCost> costs) {
        double pagesPerSecond() {
            return inIndex / seconds;
        }

        double cpuMsPerPage() {
            return cpuSeconds * 1000 / inIndex;
        }

        /** The part of {@link #cpuMsPerPage} the JIT compiler threads spent. */
        double jitMsPerPage() {
            return jitSeconds * 1000 / inIndex;
        }
    }

    Result run(CrawlSettings settings, Tuning tuning) throws IOException {
        String index = new IndexLifecycle(client).recreate(alias);
        ElasticsearchStatusStore status = new ElasticsearchStatusStore(client, statusIndex()).recreate();
        deleteHistory();
        ElasticsearchFetchLog history = new ElasticsearchFetchLog(client, historyIndex(), HISTORY_BATCH,
                OutageRetry.of(OutageRetry.Settings.defaults())).ensure();
        BulkSettings bulk = BulkSettings.defaults();
        bulk = new BulkSettings(tuning.batchSize(), bulk.firstBackoff(), bulk.maxBackoff(), bulk.giveUpAfter(),
                tuning.refreshInterval());
        long start = System.nanoTime();
        double cpu = ProcessCpu.seconds();
        double jit = ProcessCpu.jitSeconds();
        BulkIndexer indexer = new BulkIndexer(client, index, bulk);
        CrawlResult crawl;
        try (indexer) {
            crawl = new Crawler(settings.withFlushEvery(tuning.flushEvery()), new HtmlExtractor(), indexer,
                    ProgressListener.NONE, status, history).crawl();
        }
        client.indices().refresh(r -> r.index(index));
        double seconds = (System.nanoTime() - start) / 1e9;
        cpu = ProcessCpu.seconds() - cpu;
        jit = ProcessCpu.jitSeconds() - jit;
        long count = client.count(c -> c.index(index)).count();
        List<IndexCost> costs = List.of(IndexCost.of(client, index), IndexCost.of(client, statusIndex()),
                IndexCost.of(client, historyIndex()));
        return new Result(tuning, crawl, indexer.indexed(), indexer.rejections().size(), count, seconds, cpu, jit,
                costs);
    }

    /** Deletes every index this crawl made. */
    void delete() {
        try {
            client.indices().delete(d -> d.index(PagesIndex.versioned(alias), statusIndex(), historyIndex())
                    .ignoreUnavailable(true));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the benchmark's indexes", e);
        }
    }

    private void deleteHistory() throws IOException {
        client.indices().delete(d -> d.index(historyIndex()).ignoreUnavailable(true));
    }

    private String statusIndex() {
        return alias + "-status";
    }

    private String historyIndex() {
        return alias + "-history";
    }
}
