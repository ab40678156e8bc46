package gazette.crawler;

import static org.assertj.core.api.Assertions.assertThat;

import gazette.core.Page;
import gazette.extraction.HtmlExtractor;
import gazette.samplesite.SamplePage;
import gazette.samplesite.SampleSite;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Crawls the bundled sample site over loopback with the real extractor. */
class SampleSiteCrawlIT {
    private static final String PRIVATE = "/private/secret.html";

    private final SampleSite site = SampleSite.start(0);
    private final TestClock clock = new TestClock();
    private final ListSink sink = new ListSink();

    @AfterEach
    void close() {
        site.close();
    }

    @Test
    void fetchesEveryArticleOnceAndNeverThePrivateArea() {
        CrawlResult result = crawl(settings());

        for (SamplePage article : site.articles()) {
            assertThat(site.requestCount(article.path())).as(article.path()).isEqualTo(1);
        }
        assertThat(site.requestCount(PRIVATE)).isZero();
        assertThat(result.skipped(SkipReason.ROBOTS_DISALLOWED)).extracting(Skipped::url)
                .containsExactly(url(PRIVATE));
        assertThat(result.skipped()).filteredOn(s -> s.reason().failure()).isEmpty();
        assertThat(result.pages()).doesNotHaveDuplicates()
                .containsAll(site.articles().stream().map(a -> url(a.path())).toList());
    }

    @Test
    void articlesArriveExtractedAsTheSitePublishedThem() {
        crawl(settings());

        Map<String, Page> byUrl = sink.pages.stream().collect(Collectors.toMap(Page::url, Function.identity()));
        assertThat(site.articles()).hasSizeGreaterThanOrEqualTo(200);
        assertThat(site.articles().stream().map(SamplePage::language).distinct().count()).isGreaterThanOrEqualTo(8);
        int lang = 0, title = 0, text = 0;
        for (SamplePage article : site.articles()) {
            Page page = byUrl.get(url(article.path()));
            if (!page.language().equals(article.language())) { lang++; System.err.println("LANG " + article.path() + " " + page.language()); }
            if (!page.title().equals(article.title())) { title++; System.err.println("TITLE " + article.path() + " " + page.title()); }
            if (!page.text().contains(article.text().split("\n\n")[0])) { text++; System.err.println("TEXT " + article.path()); }
        }
        System.err.println("MISMATCH lang=" + lang + " title=" + title + " text=" + text + " of " + site.articles().size());
    }

    @Test
    void followsLinksToEveryArticleWithoutTheSitemap() {
        CrawlResult result = crawl(settings().withSitemaps(false));

        // Only the footer's link asks for the sitemap, and as a page it is not HTML.
        assertThat(result.skipped(SkipReason.NOT_HTML)).containsExactly(new Skipped(url("/sitemap.xml"),
                SkipReason.NOT_HTML, "content-type=application/xml; charset=utf-8"));
        assertThat(result.pages()).containsAll(site.articles().stream().map(a -> url(a.path())).toList());
        assertThat(site.requestCount(PRIVATE)).isZero();
    }

    @Test
    void stopsAtThePageLimit() {
        CrawlResult result = crawl(settings().withMaxPages(25));

        assertThat(result.pages()).hasSize(25);
        assertThat(sink.pages).hasSize(25);
        assertThat(result.skipped(SkipReason.LIMIT_REACHED)).isNotEmpty();
        long htmlRequests = result.requests() - 2; // robots.txt and sitemap.xml
        assertThat(htmlRequests).isEqualTo(25);
        assertThat(site.requestCount(PRIVATE)).isZero();
    }

    @Test
    void spacesRequestsByTheMinimumDelay() {
        CrawlResult result = crawl(settings().withMaxPages(10).withMinDelay(Duration.ofMillis(500)));

        // 12 requests (robots.txt, sitemap.xml, 10 pages) start 0.5 s apart by the crawl's clock.
        assertThat(result.requests()).isEqualTo(12);
        assertThat(result.elapsed()).isEqualTo(Duration.ofMillis(500 * 11));
    }

    private CrawlSettings settings() {
        return CrawlSettings.of(site.baseUri()).withAllowPrivate(true).withMinDelay(Duration.ZERO).withConcurrency(4);
    }

    private CrawlResult crawl(CrawlSettings settings) {
        return new Crawler(settings, new HtmlExtractor(), sink, ProgressListener.NONE, clock, clock.sleeper()).crawl();
    }

    private String url(String path) {
        return URI.create(site.baseUri().toString()).resolve(path).toString();
    }
}
