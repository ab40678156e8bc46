package gazette.app;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import gazette.core.CrawlReport;
import gazette.core.CrawlRequest;
import gazette.core.CrawlState;
import gazette.crawler.politeness.PolitenessSettings;
import gazette.testing.TestElasticsearch;
import gazette.testing.WithElasticsearch;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Closing the crawl service (a daemon or server stopping on a signal) stops its crawls and returns only once each has
 * flushed: every page it fetched is in the index when close returns, and the crawl reads as stopped.
 */
@WithElasticsearch
class CrawlServiceCloseIT {

    @Test
    void closeWaitsUntilRunningCrawlsHaveFlushedTheirPages(TestElasticsearch es) throws Exception {
        try (SlowSite slow = SlowSite.start(Duration.ofMillis(700))) {
            var settings = new CrawlServiceSettings(es.index(), es.index() + "-status", Duration.ofMinutes(1),
                    PolitenessSettings.defaults().withMinDelay(Duration.ZERO).withMaxParallelPerHost(1),
                    es.index() + "-history");
            CrawlService crawls = new CrawlService(es.client(), settings, new SimpleMeterRegistry(),
                    Clock.systemUTC());
            CrawlRequest request = new CrawlRequest(List.of(slow.baseUri()), 50, true, null, null,
                    List.of());
            String id = crawls.start(request).id();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (crawls.crawl(id).orElseThrow().fetched() < 2 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }

            crawls.close();

            CrawlReport closed = crawls.crawl(id).orElseThrow();
            assertThat(closed.status()).isEqualTo(CrawlState.STOPPED);
            assertThat(closed.fetched()).isBetween(2, SlowSite.PAGES);
            es.client().indices().refresh(r -> r.index(es.index()));
            long indexed = es.client().count(c -> c.index(es.index()).query(Query.of(q -> q.prefix(
                    p -> p.field("url").value(slow.baseUri().toString()))))).count();
            assertThat(indexed).isEqualTo(closed.fetched());
        }
    }
}
