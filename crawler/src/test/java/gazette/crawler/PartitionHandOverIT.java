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
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A link to a host another process owns is handed over through the shared crawl-status index (real Elasticsearch):
 * queued there for the owner's next run, without touching the owner's existing records, and never fetched by the
 * process that found it.
 */
@WithElasticsearch
class PartitionHandOverIT {
    private static final Partition FIRST = new Partition(0, 2);
    private static final Partition SECOND = new Partition(1, 2);

    @Test
    void handsALinkToAnotherProcesssHostOverAsQueuedAndTheOwnerFetchesIt(TestElasticsearch es) {
        List<TestServer> started = new ArrayList<>();
        try {
            TestServer first = ownedBy(FIRST, started);
            TestServer second = ownedBy(SECOND, started);
            first.page("/", "First", second.uri("/").toString(), second.uri("/hidden.html").toString());
            second.page("/", "Second").page("/hidden.html", "Hidden");
            String index = es.index() + "-shared";
            new ElasticsearchStatusStore(es.client(), index).ensure();
            List<URI> seeds = List.of(first.uri("/"), second.uri("/"));
            ListSink secondSink = new ListSink();
            String hidden = second.uri("/hidden.html").toString();

            crawl(seeds, SECOND, secondSink, es, index);
            CrawlResult firstRun = crawl(seeds, FIRST, new ListSink(), es, index);
            UrlStatus handedOver = record(es, index, hidden);
            UrlStatus ownersHome = record(es, index, second.uri("/").toString());
            crawl(seeds, SECOND, secondSink, es, index);

            assertThat(firstRun.skipped()).isEmpty();
            assertThat(first.paths()).containsExactly("/robots.txt", "/");
            assertThat(handedOver.state()).isEqualTo(UrlState.QUEUED);
            assertThat(handedOver.discoveredFrom()).isEqualTo(first.uri("/").toString());
            assertThat(ownersHome.state()).isEqualTo(UrlState.DONE);
            assertThat(second.paths()).containsExactly("/robots.txt", "/", "/robots.txt", "/hidden.html");
            assertThat(secondSink.pages).extracting(Page::url).containsExactly(second.uri("/").toString(), hidden);
            assertThat(record(es, index, hidden).state()).isEqualTo(UrlState.DONE);
        } finally {
            started.forEach(TestServer::close);
        }
    }

    private static CrawlResult crawl(List<URI> seeds, Partition partition, ListSink sink, TestElasticsearch es,
            String index) {
        TestClock clock = new TestClock();
        CrawlSettings settings = CrawlSettings.builder(seeds).allowPrivate(true).sitemaps(false)
                .minDelay(Duration.ZERO).partition(partition).build();
        return new Crawler(settings, new TestExtractor(), sink, ProgressListener.NONE,
                new ElasticsearchStatusStore(es.client(), index), clock, clock.sleeper()).crawl();
    }

    /** A loopback site on a free port whose host {@code partition} owns; the others started stay open till the end. */
    private static TestServer ownedBy(Partition partition, List<TestServer> started) {
        while (true) {
            TestServer site = new TestServer(new TestClock());
            started.add(site);
            if (partition.owns(Urls.hostKey(site.uri("/")))) {
                return site;
            }
        }
    }

    private static UrlStatus record(TestElasticsearch es, String index, String url) {
        List<UrlStatus> all = new ArrayList<>();
        new ElasticsearchStatusStore(es.client(), index).load(all::add);
        return all.stream().filter(s -> s.url().equals(url)).findFirst().orElseThrow();
    }
}
