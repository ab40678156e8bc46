package gazette.crawler;

import static org.assertj.core.api.Assertions.assertThat;

import gazette.core.Page;
import gazette.crawler.frontier.ElasticsearchStatusStore;
import gazette.crawler.frontier.UrlState;
import gazette.crawler.frontier.UrlStatus;
import gazette.crawler.scope.Partition;
import gazette.crawler.scope.Urls;
import gazette.testing.TestElasticsearch;
import gazette.testing.WithElasticsearch;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Two crawler processes on one crawl-status index split the hosts between them and never fetch a URL twice. */
@WithElasticsearch
class PartitionedCrawlIT {
    private static final Partition FIRST = new Partition(0, 2);
    private static final Partition SECOND = new Partition(1, 2);

    @Test
    void twoCrawlersOnOneStatusIndexFetchEveryUrlExactlyOnce(TestElasticsearch es) throws Exception {
        List<TestServer> sites = sitesCoveringBothPartitions();
        try {
            String index = es.index() + "-shared";
            new ElasticsearchStatusStore(es.client(), index).ensure();
            List<URI> seeds = sites.stream().map(s -> s.uri("/")).toList();
            ListSink firstSink = new ListSink();
            ListSink secondSink = new ListSink();

            // Two threads of their own, as two processes would be (the common pool may have a single thread).
            try (ExecutorService processes = Executors.newFixedThreadPool(2)) {
                Future<CrawlResult> first = processes.submit(() -> crawl(seeds, FIRST, firstSink, es, index));
                Future<CrawlResult> second = processes.submit(() -> crawl(seeds, SECOND, secondSink, es, index));
                assertThat(first.get().skipped()).isEmpty();
                assertThat(second.get().skipped()).isEmpty();
            }

            for (TestServer site : sites) {
                assertThat(site.paths()).as(site.uri("/").toString()).doesNotHaveDuplicates()
                        .containsExactlyInAnyOrder("/robots.txt", "/", "/a.html", "/b.html");
            }
            assertThat(hosts(firstSink)).isNotEmpty().allMatch(FIRST::owns);
            assertThat(hosts(secondSink)).isNotEmpty().allMatch(SECOND::owns);
            assertThat(firstSink.pages.size() + secondSink.pages.size()).isEqualTo(3 * sites.size());
            List<UrlStatus> records = new ArrayList<>();
            new ElasticsearchStatusStore(es.client(), index).load(records::add);
            assertThat(records).hasSize(3 * sites.size()).allMatch(r -> r.state() == UrlState.DONE);
        } finally {
            sites.forEach(TestServer::close);
        }
    }

    private static CrawlResult crawl(List<URI> seeds, Partition partition, ListSink sink, TestElasticsearch es,
            String index) {
        TestClock clock = new TestClock();
        CrawlSettings settings = CrawlSettings.builder(seeds).allowPrivate(true).sitemaps(false)
                .minDelay(Duration.ZERO).concurrency(4).partition(partition).build();
        return new Crawler(settings, new TestExtractor(), sink, ProgressListener.NONE,
                new ElasticsearchStatusStore(es.client(), index), clock, clock.sleeper()).crawl();
    }

    /** Loopback sites on free ports, started until each partition owns at least one of their hosts. */
    private static List<TestServer> sitesCoveringBothPartitions() {
        List<TestServer> sites = new ArrayList<>();
        Set<Boolean> owners = new HashSet<>();
        while (owners.size() < 2 || sites.size() < 3) {
            TestServer site = new TestServer(new TestClock()).page("/", "Home", "/a.html", "/b.html")
                    .page("/a.html", "A", "/b.html").page("/b.html", "B", "/");
            sites.add(site);
            owners.add(FIRST.owns(Urls.hostKey(site.uri("/"))));
        }
        return sites;
    }

    private static Set<String> hosts(ListSink sink) {
        Set<String> hosts = new HashSet<>();
        sink.pages.stream().map(Page::url).map(URI::create).forEach(u -> hosts.add(Urls.hostKey(u)));
        return hosts;
    }
}
