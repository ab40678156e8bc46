package gazette.app;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import gazette.core.PagesIndex;
import gazette.crawler.CrawlProgress;
import gazette.crawler.CrawlResult;
import gazette.crawler.CrawlSettings;
import gazette.crawler.Crawler;
import gazette.extraction.HtmlExtractor;
import gazette.indexer.BulkIndexer;
import gazette.indexer.BulkSettings;
import gazette.indexer.IndexLifecycle;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicReference;

/** One crawl into the pages index: the crawler, the real extractor and the bulk indexer wired together. */
final class CrawlJob {
    private final ElasticsearchClient client;
    private final String alias;

    CrawlJob(ElasticsearchClient client, String alias) {
        this.client = client;
        this.alias = alias;
    }

    CrawlJob(ElasticsearchClient client) {
        this(client, PagesIndex.ALIAS);
    }

    /** Crawls, waits until every page is acknowledged, refreshes the index so the pages are searchable. */
    Outcome run(CrawlSettings settings, PrintStream progressOut) {
        String index = new IndexLifecycle(client).ensure(alias);
        ProgressLine line = new ProgressLine(progressOut);
        AtomicReference<CrawlProgress> last = new AtomicReference<>(new CrawlProgress(0, 0, 0, 0, 0));
        BulkIndexer indexer = new BulkIndexer(client, index, BulkSettings.defaults());
        CrawlResult result;
        try (indexer) {
            result = new Crawler(settings, new HtmlExtractor(), indexer, p -> {
                last.set(p);
                line.progress(p);
            }).crawl();
        }
        line.finish(last.get());
        refresh(index);
        return new Outcome(result, indexer.indexed(), indexer.rejections().size());
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
