package gazette.bench.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import gazette.crawler.SkipReason;
import gazette.testing.TestElasticsearch;
import gazette.testing.WithElasticsearch;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The whole benchmark on a 200-page site: the ceiling loop, two end-to-end tunings and a two-host politeness crawl,
 * asserting what each counted (never how fast it was).
 */
@WithElasticsearch
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrawlBenchmarkIT {
    private static final int PAGES = 200;
    private CrawlBenchmark.Report report;

    @BeforeAll
    void run(TestElasticsearch es) throws Exception {
        CrawlBenchSettings settings = CrawlBenchSettings.parse("pages=" + PAGES, "concurrency=4", "hosts=2",
                "host-pages=6", "delay-ms=20", "tunings=before,shipped");
        report = CrawlBenchmark.run(es.client(), es.index(), settings);
    }

    @Test
    void theCeilingLoopGetsEveryPageOnce() {
        assertThat(report.ceiling().pages()).isEqualTo(PAGES);
        assertThat(report.ceiling().failed()).isZero();
        assertThat(report.ceiling().bytes()).isGreaterThan(PAGES * 1000L);
    }

    @Test
    void everyTuningCrawlsAndIndexesEveryPageThroughTheRealPath() {
        assertThat(report.crawls()).extracting(c -> c.tuning().name()).containsExactly("before", "shipped");
        for (EndToEndCrawl.Result crawl : report.crawls()) {
            assertThat(crawl.crawl().pages()).hasSize(PAGES);
            assertThat(crawl.acknowledged()).isEqualTo(PAGES);
            assertThat(crawl.rejected()).isZero();
            assertThat(crawl.inIndex()).isEqualTo(PAGES);
            // robots.txt, the sitemap and every article once; the intranet link is refused by robots.txt
            assertThat(crawl.crawl().requests()).isEqualTo(PAGES + 2);
            assertThat(crawl.crawl().reasons()).isEqualTo(Map.of(SkipReason.ROBOTS_DISALLOWED, 1));
            assertThat(crawl.costs().get(0).docs()).isEqualTo(PAGES);
        }
    }

    @Test
    void thePolitenessCrawlMeasuresEveryRequestToEachHost() {
        assertThat(report.politeness().crawl().inIndex()).isEqualTo(12);
        assertThat(report.politeness().hosts()).hasSize(2).allSatisfy(g -> {
            List<String> paths = report.politeness().requested().get(g.host());
            assertThat(paths).as(g.host()).startsWith("/robots.txt", "/sitemap.xml").doesNotHaveDuplicates()
                    .contains("/news/0.html", "/news/5.html").hasSize(g.requests());
            assertThat(g.minMs()).isLessThanOrEqualTo(g.medianMs()).isGreaterThan(0);
        });
    }

    @Test
    void theReportNamesEveryRunAndItsRatio() {
        String markdown = CrawlReport.markdown(report);
        assertThat(markdown).startsWith("site: 200 pages on 127.0.0.1, 4 requests in flight")
                .contains("| fetch-only loop (ceiling) | 200 |", "| end to end, tuning `before` | 200 |",
                        "| end to end, tuning `shipped` | 200 |", "(100 pages per bulk, flush every 100, ",
                        "politeness: 2 hosts × 6 pages, 20 ms per host");
    }
}
