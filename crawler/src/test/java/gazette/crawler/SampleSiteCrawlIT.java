package gazette.crawler;

import static org.assertj.core.api.Assertions.assertThat;

import gazette.core.Extractor;
import gazette.core.Fetched;
import gazette.core.Page;
import gazette.extraction.HtmlExtractor;
import gazette.samplesite.SamplePage;
import gazette.samplesite.SampleSite;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Crawls the bundled sample site over loopback with the real extractor. One full crawl (sitemap on) is shared by the
 * tests that only read its outcome; the others crawl a fresh site, since request counts accumulate per site.
 */
class SampleSiteCrawlIT {
    private static final String PRIVATE = "/private/secret.html";
    private static final HtmlExtractor EXTRACTOR = new HtmlExtractor();

    private static SampleSite site;
    private static ListSink sink;
    private static CrawlResult full;
    private static final Map<String, Fetched> HANDED = new ConcurrentHashMap<>();

    @BeforeAll
    static void crawlTheWholeSite() {
        site = SampleSite.start(0);
        sink = new ListSink();
        full = crawl(site, settings(site), sink, fetched -> {
            HANDED.put(fetched.url().toString(), fetched);
            return EXTRACTOR.extract(fetched);
        });
    }

    @AfterAll
    static void close() {
        site.close();
    }

    @Test
    void fetchesEveryArticleOnceAndNeverThePrivateArea() {
        for (SamplePage article : site.articles()) {
            assertThat(site.requestCount(article.path())).as(article.path()).isEqualTo(1);
        }
        assertThat(site.requestCount(PRIVATE)).isZero();
        assertThat(full.skipped(SkipReason.ROBOTS_DISALLOWED)).extracting(Skipped::url)
                .containsExactly(url(site, PRIVATE));
        assertThat(full.skipped()).filteredOn(s -> s.reason().failure()).isEmpty();
        assertThat(full.pages()).doesNotHaveDuplicates()
                .containsAll(site.articles().stream().map(a -> url(site, a.path())).toList());
    }

    @Test
    void handsTheExtractorTheServedBytesAndHeaders() {
        Map<String, Page> byUrl = sink.pages.stream().collect(Collectors.toMap(Page::url, Function.identity()));
        assertThat(site.articles()).hasSizeGreaterThanOrEqualTo(200);
        assertThat(site.articles().stream().map(SamplePage::language).distinct().count()).isGreaterThanOrEqualTo(8);
        for (SamplePage article : site.articles()) {
            Fetched fetched = HANDED.get(url(site, article.path()));
            assertThat(fetched.contentType()).isEqualTo("text/html; charset=utf-8");
            assertThat(new String(fetched.body(), StandardCharsets.UTF_8))
                    .contains("<html lang=\"" + article.language());
            Page page = byUrl.get(url(site, article.path()));
            assertThat(page.site()).isEqualTo("127.0.0.1");
            assertThat(page.title()).as(article.path()).isEqualTo(article.title());
        }
    }

    @Test
    void followsLinksToEveryArticleWithoutTheSitemap() {
        try (SampleSite fresh = SampleSite.start(0)) {
            CrawlResult result = crawl(fresh, settings(fresh).withSitemaps(false), new ListSink(), EXTRACTOR);

            // Only the footer's link asks for the sitemap, and as a page it is not HTML.
            assertThat(result.skipped(SkipReason.NOT_HTML)).containsExactly(new Skipped(url(fresh, "/sitemap.xml"),
                    SkipReason.NOT_HTML, "content-type=application/xml; charset=utf-8"));
            assertThat(result.pages()).containsAll(fresh.articles().stream().map(a -> url(fresh, a.path())).toList());
            assertThat(fresh.requestCount(PRIVATE)).isZero();
        }
    }

    @Test
    void stopsAtThePageLimit() {
        try (SampleSite fresh = SampleSite.start(0)) {
            ListSink limited = new ListSink();
            CrawlResult result = crawl(fresh, settings(fresh).withMaxPages(25), limited, EXTRACTOR);

            assertThat(result.pages()).hasSize(25);
            assertThat(limited.pages).hasSize(25);
            assertThat(result.skipped(SkipReason.LIMIT_REACHED)).isNotEmpty();
            assertThat(result.requests()).isEqualTo(25 + 2); // robots.txt and sitemap.xml
            assertThat(fresh.requestCount(PRIVATE)).isZero();
        }
    }

    @Test
    void spacesRequestsByTheMinimumDelay() {
        try (SampleSite fresh = SampleSite.start(0)) {
            CrawlSettings settings = settings(fresh).withMaxPages(10).withMinDelay(Duration.ofMillis(500));

            CrawlResult result = crawl(fresh, settings, new ListSink(), EXTRACTOR);

            // robots.txt, sitemap.xml and 10 pages start 0.5 s apart by the crawl's clock.
            assertThat(result.requests()).isEqualTo(12);
            assertThat(result.elapsed()).isEqualTo(Duration.ofMillis(500 * 11));
        }
    }

    private static CrawlSettings settings(SampleSite site) {
        return CrawlSettings.of(site.baseUri()).withAllowPrivate(true).withMinDelay(Duration.ZERO).withConcurrency(4);
    }

    private static CrawlResult crawl(SampleSite site, CrawlSettings settings, ListSink sink, Extractor extractor) {
        TestClock clock = new TestClock();
        return new Crawler(settings, extractor, sink, ProgressListener.NONE, clock, clock.sleeper()).crawl();
    }

    private static String url(SampleSite site, String path) {
        return site.baseUri().resolve(path).toString();
    }
}
