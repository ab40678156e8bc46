package gazette.crawler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import gazette.crawler.frontier.ElasticsearchStatusStore;
import gazette.crawler.frontier.UrlState;
import gazette.crawler.frontier.UrlStatus;
import gazette.crawler.history.FetchLog;
import gazette.testing.TestElasticsearch;
import gazette.testing.WithElasticsearch;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Leaving the sitemap is no sign of removal (news sitemaps list only the last days' articles, large sitemaps are
 * read up to a bound), so a page dropped from it stays live while it answers 200, and one that also answers 404 is
 * removed after the same consecutive 404s as any other page. Frontier in the real Elasticsearch, runs on one clock.
 */
@WithElasticsearch
class SitemapDroppedPagesIT {
    private static final TestServer.Reply NOT_FOUND = new TestServer.Reply(404, "text/html",
            TestServer.utf8("not found"), Map.of());

    @Test
    void aPageDroppedFromTheSitemapStaysLiveWhileItAnswersAndIsRemovedOnlyAfterRepeated404s(TestElasticsearch es)
            throws Exception {
        try (CrawlFixture fixture = new CrawlFixture()) {
            TestServer server = fixture.server.page("/", "Home").page("/kept.html", "Kept")
                    .page("/gone.html", "Gone").robots("User-agent: *\nAllow: /\nSitemap: "
                            + fixture.url("/sitemap.xml") + "\n");
            ElasticsearchStatusStore store = new ElasticsearchStatusStore(es.client(), es.index() + "-status")
                    .ensure();
            String kept = fixture.url("/kept.html");
            String gone = fixture.url("/gone.html");

            sitemap(fixture, "/kept.html", "/gone.html");
            CrawlResult listed = crawl(fixture, store);
            sitemap(fixture);
            server.reply("/gone.html", NOT_FOUND);
            CrawlResult droppedOnce = crawl(fixture, store);
            UrlStatus afterOne = record(store, gone);
            CrawlResult droppedTwice = crawl(fixture, store);

            assertThat(listed.pages()).contains(kept, gone);
            assertThat(droppedOnce.pages()).contains(kept);
            assertThat(droppedOnce.skipped(SkipReason.HTTP_ERROR)).extracting(Skipped::url, Skipped::detail)
                    .containsExactly(tuple(gone, "status=404 gone=1/2"));
            assertThat(afterOne.state()).isEqualTo(UrlState.FAILED);
            assertThat(afterOne.removedAt()).isNull();
            assertThat(droppedTwice.skipped(SkipReason.GONE)).extracting(Skipped::url).containsExactly(gone);
            assertThat(fixture.sink.removed).containsOnlyKeys(gone);
            assertThat(record(store, kept).state()).isEqualTo(UrlState.DONE);
            assertThat(record(store, gone).state()).isEqualTo(UrlState.REMOVED);
        }
    }

    private static void sitemap(CrawlFixture fixture, String... paths) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
        for (String path : paths) {
            xml.append("<url><loc>").append(fixture.url(path)).append("</loc></url>");
        }
        fixture.server.reply("/sitemap.xml", new TestServer.Reply(200, "application/xml",
                TestServer.utf8(xml.append("</urlset>").toString()), Map.of()));
    }

    /** One run, then two hours on the clock so every page and every failed URL is due again. */
    private static CrawlResult crawl(CrawlFixture fixture, ElasticsearchStatusStore store)
            throws InterruptedException {
        CrawlSettings settings = fixture.settings().toBuilder().sitemaps(true).revisitAfter(Duration.ZERO)
                .minDelay(Duration.ZERO).build();
        CrawlResult result = new Crawler(settings, new TestExtractor(), fixture.sink, ProgressListener.NONE, store,
                FetchLog.NONE, fixture.clock, fixture.clock.sleeper()).crawl();
        fixture.clock.sleeper().sleep(Duration.ofHours(2));
        return result;
    }

    private static UrlStatus record(ElasticsearchStatusStore store, String url) {
        List<UrlStatus> all = new ArrayList<>();
        store.load(all::add);
        return all.stream().filter(s -> s.url().equals(url)).findFirst().orElseThrow();
    }
}
