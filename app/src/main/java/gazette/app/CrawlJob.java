package gazette.app;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import gazette.core.FetchHistory;
import gazette.core.PagesIndex;
import gazette.crawler.CrawlProgress;
import gazette.crawler.CrawlResult;
import gazette.crawler.CrawlSettings;
import gazette.crawler.Crawler;
import gazette.crawler.ProgressListener;
import gazette.crawler.frontier.CrawlStatusIndex;
import gazette.crawler.frontier.ElasticsearchStatusStore;
import gazette.crawler.frontier.OutageRetry;
import gazette.crawler.frontier.StatusStore;
import gazette.crawler.history.ElasticsearchFetchLog;
import gazette.crawler.history.FetchLog;
import gazette.crawler.pacing.IndexSearchMeter;
import gazette.crawler.pacing.PacedSink;
import gazette.crawler.pacing.PacingSettings;
import gazette.extraction.HtmlExtractor;
import gazette.indexer.BulkIndexer;
import gazette.indexer.BulkObserver;
import gazette.indexer.BulkSettings;
import gazette.indexer.IndexLifecycle;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * One crawl into the pages index: the crawler, the real extractor and the bulk indexer wired together, with the
 * frontier kept in a crawl-status index so a crawl resumes where the last one ended.
 */
final class CrawlJob {
    private static final int HISTORY_BATCH = 200;
    private final ElasticsearchClient client;
    private final String alias;
    private final String statusIndex;
    private final String historyIndex;
    private final UnaryOperator<FetchLog> observe;
    private final BulkObserver bulkObserver;

    /**
     * @param statusIndex  null keeps the frontier in memory for this run only (the demo's throw-away crawl)
     * @param historyIndex the fetch-history index the crawler appends to; null keeps no history
     * @param observe      wraps the fetch log, to watch each fetch (metrics, per-host progress)
     * @param bulkObserver told of each bulk request to the pages index (metrics)
     */
    CrawlJob(ElasticsearchClient client, String alias, String statusIndex, String historyIndex,
            UnaryOperator<FetchLog> observe, BulkObserver bulkObserver) {
        this.client = client;
        this.alias = alias;
        this.statusIndex = statusIndex;
        this.historyIndex = historyIndex;
        this.observe = observe;
        this.bulkObserver = bulkObserver;
    }

    /** A crawl keeping its frontier in {@code statusIndex} and its history in {@link FetchHistory#NAME}. */
    CrawlJob(ElasticsearchClient client, String alias, String statusIndex) {
        this(client, alias, statusIndex, FetchHistory.NAME, UnaryOperator.identity(), BulkObserver.NONE);
    }

    /** A crawl whose frontier lives for this run only, keeping no history. */
    CrawlJob(ElasticsearchClient client, String alias) {
        this(client, alias, null, null, UnaryOperator.identity(), BulkObserver.NONE);
    }

    /** A crawl into the default pages index, its frontier kept in {@link CrawlStatusIndex#NAME}. */
    CrawlJob(ElasticsearchClient client) {
        this(client, PagesIndex.ALIAS, CrawlStatusIndex.NAME);
    }

    /** Crawls, waits until every page is acknowledged, refreshes the index so the pages are searchable. */
    Outcome run(CrawlSettings settings, PrintStream progressOut) {
        return run(settings, false, progressOut);
    }

    /** As {@link #run(CrawlSettings, PrintStream)}; {@code fresh} forgets every URL of earlier crawls first. */
    Outcome run(CrawlSettings settings, boolean fresh, PrintStream progressOut) {
        return run(settings, statusStore(fresh), progressOut);
    }

    /** A crawl of a site (or a part of it) as {@code plan} says, with a progress line. */
    Outcome run(CrawlPlan plan, PrintStream progressOut) {
        StatusStore status = statusStore(false);
        StatusStore scoped = status == null ? null
                : new ScopedStatusStore(status, plan.hosts(), plan.recrawl(), plan.narrowed());
        return run(plan.settings(), scoped, progressOut);
    }

    private Outcome run(CrawlSettings settings, StatusStore status, PrintStream progressOut) {
        ProgressLine line = new ProgressLine(progressOut);
        AtomicReference<CrawlProgress> last = new AtomicReference<>(new CrawlProgress(0, 0, 0, 0, 0));
        Outcome outcome = run(settings, status, p -> {
            last.set(p);
            line.progress(p);
        }, crawler -> {});
        line.finish(last.get());
        return outcome;
    }

    /**
     * As {@link #run(CrawlSettings, PrintStream)}, with the frontier in {@code status} (null: in memory), progress to
     * {@code listener}, and the crawler handed to {@code started} before it runs, so another thread may stop it.
     */
    Outcome run(CrawlSettings settings, StatusStore status, ProgressListener listener, Consumer<Crawler> started) {
        String index = new IndexLifecycle(client).ensure(alias);
        BulkSettings bulk = BulkSettings.defaults();
        BulkIndexer indexer = new BulkIndexer(client, index, bulk, bulkObserver);
        CrawlResult result;
        // Searches of the same index come first: the crawl slows down while they are slowed (PacedSink).
        try (indexer; PacedSink paced = PacedSink.start(indexer, new IndexSearchMeter(client, alias),
                PacingSettings.defaults())) {
            // Acknowledged flushes as large as the bulk requests: a smaller flush would cut every request short.
            Crawler crawler = new Crawler(settings.withFlushEvery(bulk.batchSize()), new HtmlExtractor(), paced,
                    listener, status, fetchLog());
            started.accept(crawler);
            result = crawler.crawl();
        }
        refresh(index);
        return new Outcome(result, indexer.indexed(), indexer.rejections().size());
    }

    private FetchLog fetchLog() {
        FetchLog log = historyIndex == null ? FetchLog.NONE : new ElasticsearchFetchLog(client, historyIndex,
                HISTORY_BATCH, OutageRetry.of(OutageRetry.Settings.defaults())).ensure();
        return observe.apply(log);
    }

    private StatusStore statusStore(boolean fresh) {
        if (statusIndex == null) {
            return null;
        }
        ElasticsearchStatusStore store = new ElasticsearchStatusStore(client, statusIndex);
        return fresh ? store.recreate() : store.ensure();
    }

    private void refresh(String index) {
        try {
            client.indices().refresh(r -> r.index(index));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot refresh " + index, e);
        }
    }

    /** What the crawl fetched and what the index acknowledged. */
    record Outcome(CrawlResult crawl, long indexed, int rejected) {}
}
