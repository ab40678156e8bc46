package gazette.app.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.search.Hit;
import gazette.core.ElasticsearchClients;
import gazette.core.ElasticsearchSettings;
import gazette.core.Page;
import gazette.core.PageDocument;
import gazette.core.PageSink;
import gazette.crawler.CrawlResult;
import gazette.crawler.CrawlSettings;
import gazette.crawler.Crawler;
import gazette.crawler.ProgressListener;
import gazette.crawler.frontier.ElasticsearchStatusStore;
import gazette.crawler.frontier.StatusStore;
import gazette.crawler.frontier.UrlStatus;
import gazette.crawler.politeness.PolitenessSettings;
import gazette.extraction.HtmlExtractor;
import gazette.indexer.BulkIndexer;
import gazette.indexer.BulkSettings;
import gazette.indexer.IndexLifecycle;
import gazette.samplesite.SampleSite;
import gazette.testing.FaultProxy;
import gazette.testing.TestElasticsearch;
import gazette.testing.WithElasticsearch;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Elasticsearch goes away in the middle of a crawl of the sample site and comes back later: the crawl pauses and
 * resumes by itself, and at the end every page it fetched is in the index exactly once. The crawl talks to the real
 * embedded node through a {@link FaultProxy}. The default run cuts it for 4 s (the indexer's backoff shortened to
 * match: 100 ms doubling to 1 s); issue 8's 30 s outage, with the production backoff, runs when the reliability group
 * is asked for ({@code -Dgroups=reliability}), so the whole suite stays fast.
 */
@Tag("reliability")
@WithElasticsearch
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class ElasticsearchOutageIT {
    private static final Logger LOG = LoggerFactory.getLogger(ElasticsearchOutageIT.class);
    static final Duration SHORT_OUTAGE = Duration.ofSeconds(4);
    static final Duration FULL_OUTAGE = Duration.ofSeconds(30);
    private static final BulkSettings FAST_RETRY =
            new BulkSettings(10, Duration.ofMillis(100), Duration.ofSeconds(1), Duration.ofMinutes(1));

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private TestElasticsearch es;
    private FaultProxy proxy;
    private ElasticsearchClient viaProxy;
    private SampleSite site;
    private String index;
    private Duration outage = SHORT_OUTAGE;

    @BeforeEach
    void start(TestElasticsearch es) {
        this.es = es;
        proxy = FaultProxy.start(URI.create(es.url()).getPort());
        viaProxy = ElasticsearchClients.connect(ElasticsearchSettings.of(proxy.url()));
        site = SampleSite.start(0);
        index = new IndexLifecycle(es.client()).recreate(es.index());
    }

    @AfterEach
    void stop() throws IOException {
        timer.shutdownNow();
        viaProxy.close();
        proxy.close();
        site.close();
    }

    @Test
    void crawlPausesWhileElasticsearchIsDownAndLosesNoPage() throws IOException {
        crawlThroughOutage(FAST_RETRY, "outage_memory_frontier");
    }

    /** Issue 8.1 as written: a 30 s outage, the bulk indexer on its production backoff (500 ms doubling to 15 s). */
    @Test
    @EnabledIfSystemProperty(named = "groups", matches = ".*\\breliability\\b.*",
            disabledReason = "30 s outage: runs with -Dgroups=reliability, the default run has the 4 s one")
    @Timeout(value = 4, unit = TimeUnit.MINUTES)
    void crawlSurvivesAThirtySecondOutageOnTheProductionBackoff() throws IOException {
        outage = FULL_OUTAGE;
        crawlThroughOutage(BulkSettings.defaults(), "outage_30s_memory_frontier");
    }

    private void crawlThroughOutage(BulkSettings bulk, String figures) throws IOException {
        int cutAt = site.articles().size() / 3;
        BulkIndexer indexer = new BulkIndexer(viaProxy, index, bulk);
        PageSink sink = new CutAtPage(indexer, cutAt);
        long t0 = System.nanoTime();
        CrawlResult result = new Crawler(settings(), new HtmlExtractor(), sink, ProgressListener.NONE).crawl();
        double seconds = (System.nanoTime() - t0) / 1e9;

        Map<String, Long> indexedByUrl = urlCounts();
        assertOutageHappened(seconds);
        assertThat(indexer.rejections()).isEmpty();
        assertEveryPageIndexedOnce(result, indexedByUrl);
        assertThat(indexer.indexed()).isEqualTo(result.pages().size());
        LOG.info("figures test={} outage_seconds={} pages={} indexed_docs={} lost={} duplicates={} "
                        + "refused_connections={} seconds={}", figures, outage.toSeconds(), result.pages().size(),
                indexedByUrl.size(), lost(result, indexedByUrl), duplicates(indexedByUrl), proxy.refused(),
                String.format("%.1f", seconds));
    }

    /**
     * The same outage, with the frontier kept in Elasticsearch as {@code gazette crawl} does, and the cut timed to
     * land on a frontier write rather than a bulk flush.
     */
    @Test
    void crawlWithDurableFrontierSurvivesOutageDuringStatusWrite() throws IOException {
        BulkIndexer indexer = new BulkIndexer(viaProxy, index, FAST_RETRY);
        var store = new ElasticsearchStatusStore(viaProxy, es.index() + "-status").recreate();
        StatusStore status = new CutAtWrite(store, 3);
        long t0 = System.nanoTime();
        CrawlResult result = new Crawler(settings(), new HtmlExtractor(), indexer, ProgressListener.NONE, status)
                .crawl();
        double seconds = (System.nanoTime() - t0) / 1e9;

        Map<String, Long> indexedByUrl = urlCounts();
        assertOutageHappened(seconds);
        assertEveryPageIndexedOnce(result, indexedByUrl);
        LOG.info("figures test=outage_durable_frontier pages={} indexed_docs={} lost={} duplicates={} seconds={}",
                result.pages().size(), indexedByUrl.size(), lost(result, indexedByUrl), duplicates(indexedByUrl),
                String.format("%.1f", seconds));
    }

    private CrawlSettings settings() {
        return CrawlSettings.of(site.baseUri()).withMaxPages(2_000).withAllowPrivate(true).withFlushEvery(10)
                .withPoliteness(PolitenessSettings.defaults().withMinDelay(Duration.ZERO).withMaxParallelPerHost(4))
                .withConcurrency(4);
    }

    private void assertOutageHappened(double seconds) {
        assertThat(proxy.refused()).as("connections refused while Elasticsearch was cut").isPositive();
        assertThat(seconds).as("crawl seconds, including the outage").isGreaterThanOrEqualTo(outage.toSeconds());
    }

    private void assertEveryPageIndexedOnce(CrawlResult result, Map<String, Long> indexedByUrl) {
        Set<String> articleUrls = site.articles().stream().map(a -> site.baseUri().resolve(a.path()).toString())
                .collect(Collectors.toSet());
        assertThat(result.pages()).as("pages fetched").containsAll(articleUrls).doesNotHaveDuplicates();
        assertThat(duplicates(indexedByUrl)).as("URLs indexed more than once").isEmpty();
        assertThat(indexedByUrl.keySet()).as("indexed URLs").isEqualTo(Set.copyOf(result.pages()));
    }

    /** Every document's URL with how many documents carry it, read straight from the node, not via the proxy. */
    private Map<String, Long> urlCounts() throws IOException {
        es.client().indices().refresh(r -> r.index(index));
        List<Hit<Map>> hits = es.client().search(s -> s.index(index).size(10_000)
                .source(src -> src.filter(f -> f.includes(PageDocument.URL))), Map.class).hits().hits();
        return hits.stream().map(h -> (String) h.source().get(PageDocument.URL))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    private static Map<String, Long> duplicates(Map<String, Long> byUrl) {
        return byUrl.entrySet().stream().filter(e -> e.getValue() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static long lost(CrawlResult result, Map<String, Long> byUrl) {
        return result.pages().stream().filter(p -> !byUrl.containsKey(p)).count();
    }

    /** Cuts Elasticsearch for {@link #outage}, starting now. */
    private void outage() {
        LOG.info("event=outage_start seconds={}", outage.toSeconds());
        proxy.cut();
        timer.schedule(() -> {
            proxy.restore();
            LOG.info("event=outage_end");
        }, outage.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Starts the outage when the {@code n}-th page reaches the sink, so it falls mid-crawl on every run. */
    private final class CutAtPage implements PageSink {
        private final PageSink delegate;
        private final int n;
        private final AtomicInteger pages = new AtomicInteger();

        CutAtPage(PageSink delegate, int n) {
            this.delegate = delegate;
            this.n = n;
        }

        @Override
        public void accept(Page page) {
            if (pages.incrementAndGet() == n) {
                outage();
            }
            delegate.accept(page);
        }

        @Override
        public void flush() {
            delegate.flush();
        }
    }

    /** Starts the outage just before the {@code n}-th frontier write. */
    private final class CutAtWrite implements StatusStore {
        private final StatusStore delegate;
        private final int n;
        private final AtomicInteger writes = new AtomicInteger();

        CutAtWrite(StatusStore delegate, int n) {
            this.delegate = delegate;
            this.n = n;
        }

        @Override
        public void load(Consumer<UrlStatus> each) {
            delegate.load(each);
        }

        @Override
        public void write(Collection<UrlStatus> records) {
            if (writes.incrementAndGet() == n) {
                outage();
            }
            delegate.write(records);
        }
    }
}
