package gazette.crawler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gazette.core.Page;
import gazette.core.PageSink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CrawlerFailureTest {
    private final CrawlFixture fixture = new CrawlFixture();
    private final TestServer server = fixture.server;

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void anExtractorThatThrowsCostsOnlyThatPage() {
        server.page("/", "Home", "/bad.html", "/good.html").page("/bad.html", "Bad").page("/good.html", "Good");
        TestExtractor extractor = new TestExtractor();
        Crawler crawler = new Crawler(fixture.settings(), fetched -> {
            if (fetched.url().getPath().equals("/bad.html")) {
                throw new IllegalStateException("cannot read this");
            }
            return extractor.extract(fetched);
        }, fixture.sink, ProgressListener.NONE, fixture.clock, fixture.clock.sleeper());

        CrawlResult result = crawler.crawl();

        assertThat(result.pages()).containsExactly(fixture.url("/"), fixture.url("/good.html"));
        assertThat(result.skipped()).containsExactly(new Skipped(fixture.url("/bad.html"),
                SkipReason.EXTRACTION_FAILED, "java.lang.IllegalStateException: cannot read this"));
    }

    @Test
    void aFailingSinkEndsTheCrawlWithItsException() {
        server.page("/", "Home", "/a.html").page("/a.html", "A");
        PageSink broken = new PageSink() {
            @Override
            public void accept(Page page) {
                throw new IllegalStateException("index unavailable");
            }

            @Override
            public void flush() {}
        };
        Crawler crawler = new Crawler(fixture.settings(), new TestExtractor(), broken, ProgressListener.NONE,
                fixture.clock, fixture.clock.sleeper());

        assertThatThrownBy(crawler::crawl).isInstanceOf(IllegalStateException.class).hasMessage("index unavailable");
        assertThat(server.paths()).containsExactly("/robots.txt", "/");
    }

    @Test
    void stopBeforeStartRecordsTheSeedsAsStopped() {
        server.page("/", "Home");
        Crawler crawler = fixture.crawler(fixture.settings());

        crawler.stop();
        CrawlResult result = crawler.crawl();

        assertThat(server.requests()).isEmpty();
        assertThat(result.skipped())
                .containsExactly(new Skipped(fixture.url("/"), SkipReason.STOPPED, "crawl stopped"));
    }

    @Test
    void aCrawlerRunsOnce() {
        server.page("/", "Home");
        Crawler crawler = fixture.crawler(fixture.settings());
        crawler.crawl();

        assertThatThrownBy(crawler::crawl).isInstanceOf(IllegalStateException.class);
    }
}
