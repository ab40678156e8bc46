package gazette.crawler;

import static org.assertj.core.api.Assertions.assertThat;

import gazette.core.Page;
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
 * A page whose rel=canonical serves the same text, over two runs with the frontier in the real Elasticsearch: the
 * canonical is fetched in the same run and indexed under its own URL, the alternate is recorded {@code CANONICAL}
 * with where its text is, and a re-crawl updates the canonical's page in place and never indexes the alternate.
 */
@WithElasticsearch
class CanonicalPagesIT {
    private static final String STORY = "<link rel=\"canonical\" href=\"/story.html\"><title>Story</title>"
            + "<p>The story, told once.</p>";

    @Test
    void indexesTheTextUnderTheCanonicalUrlInTheSameRunAndAgainOnRecrawl(TestElasticsearch es) throws Exception {
        try (CrawlFixture fixture = new CrawlFixture()) {
            TestServer server = fixture.server.page("/", "Home", "/story.html?utm_source=feed")
                    .reply("/story.html?utm_source=feed", html(STORY)).reply("/story.html", html(STORY));
            ElasticsearchStatusStore store = new ElasticsearchStatusStore(es.client(), es.index() + "-status")
                    .ensure();
            String alternate = fixture.url("/story.html?utm_source=feed");
            String canonical = fixture.url("/story.html");

            CrawlResult first = crawl(fixture, store);
            fixture.clock.sleeper().sleep(Duration.ofHours(2));
            CrawlResult second = crawl(fixture, store);

            assertThat(first.pages()).containsExactly(fixture.url("/"), canonical);
            assertThat(first.skipped(SkipReason.CANONICAL)).extracting(Skipped::url, Skipped::detail)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(alternate,
                            "canonical=" + canonical + " same text"));
            assertThat(second.pages()).contains(canonical).doesNotContain(alternate);
            assertThat(fixture.sink.pages).extracting(Page::url).doesNotContain(alternate)
                    .filteredOn(canonical::equals).hasSize(2);
            UrlStatus alternateRecord = record(store, alternate);
            assertThat(alternateRecord.state()).isEqualTo(UrlState.SKIPPED);
            assertThat(alternateRecord.reason()).isEqualTo("CANONICAL");
            assertThat(alternateRecord.detail()).isEqualTo("canonical=" + canonical + " same text");
            UrlStatus canonicalRecord = record(store, canonical);
            assertThat(canonicalRecord.state()).isEqualTo(UrlState.DONE);
            assertThat(canonicalRecord.discoveredFrom()).isEqualTo(alternate);
            assertThat(server.paths().stream().filter("/story.html?utm_source=feed"::equals)).hasSize(1);
        }
    }

    private static CrawlResult crawl(CrawlFixture fixture, ElasticsearchStatusStore store) {
        CrawlSettings settings = fixture.settings().toBuilder().revisitAfter(Duration.ZERO).minDelay(Duration.ZERO)
                .build();
        return new Crawler(settings, new TestExtractor(), fixture.sink, ProgressListener.NONE, store, FetchLog.NONE,
                fixture.clock, fixture.clock.sleeper()).crawl();
    }

    private static UrlStatus record(ElasticsearchStatusStore store, String url) {
        List<UrlStatus> all = new ArrayList<>();
        store.load(all::add);
        return all.stream().filter(s -> s.url().equals(url)).findFirst().orElseThrow();
    }

    private static TestServer.Reply html(String body) {
        return new TestServer.Reply(200, "text/html; charset=utf-8", TestServer.utf8(body), Map.of());
    }
}
