package gazette.crawler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gazette.core.Extracted;
import gazette.core.Extractor;
import gazette.core.Fetched;
import gazette.core.Page;
import gazette.core.PageSink;
import gazette.crawler.frontier.ElasticsearchStatusStore;
import gazette.crawler.frontier.StatusStore;
import gazette.crawler.frontier.UrlState;
import gazette.crawler.frontier.UrlStatus;
import gazette.samplesite.SamplePage;
import gazette.samplesite.SampleSite;
import gazette.testing.TestElasticsearch;
import gazette.testing.WithElasticsearch;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Crawls the sample site with the frontier in the real Elasticsearch: resume, conditional recrawl, no loss. */
@WithElasticsearch
class CrawlStatusIT {

    @Test
    void resumesALimitedCrawlFetchingEveryArticleOnce(TestElasticsearch es) {
        try (SampleSite site = SampleSite.start(0)) {
            StatusStore store = store(es, "-resume");
            ListSink sink = new ListSink();

            CrawlResult first = crawl(settings(site).withMaxPages(40), sink, store, new Counting());
            CrawlResult second = crawl(settings(site), sink, store, new Counting());

            assertThat(first.pages()).hasSize(40);
            assertThat(first.skipped(SkipReason.LIMIT_REACHED)).isNotEmpty();
            assertThat(second.skipped(SkipReason.LIMIT_REACHED)).isEmpty();
            for (SamplePage article : site.articles()) {
                assertThat(site.requestCount(article.path())).as(article.path()).isEqualTo(1);
            }
            assertThat(sink.urls()).doesNotHaveDuplicates().containsAll(urls(site, site.articles()));
            assertThat(urlsIn(store, UrlState.DONE)).containsExactlyInAnyOrderElementsOf(sink.urls());
            assertThat(urlsIn(store, UrlState.QUEUED)).isEmpty();
        }
    }

    @Test
    void recrawlsWithConditionalRequestsAndExtractsNothingUnchanged(TestElasticsearch es) {
        try (SampleSite site = SampleSite.start(0)) {
            StatusStore store = store(es, "-recrawl");
            CrawlSettings settings = settings(site).withRevisitAfter(Duration.ZERO);
            ListSink firstSink = new ListSink();
            crawl(settings, firstSink, store, new Counting());
            ListSink secondSink = new ListSink();
            Counting extractor = new Counting();

            CrawlResult second = crawl(settings, secondSink, store, extractor);

            assertThat(secondSink.pages).isEmpty();
            assertThat(extractor.calls).hasValue(0);
            List<Skipped> unchanged = new ArrayList<>(second.skipped(SkipReason.NOT_MODIFIED));
            unchanged.addAll(second.skipped(SkipReason.SITEMAP_UNCHANGED));
            assertThat(unchanged).extracting(Skipped::url).containsExactlyInAnyOrderElementsOf(firstSink.urls());
            Map<String, UrlStatus> records = records(store);
            for (SamplePage article : site.articles()) {
                // Both runs fetch at TestClock.START: a sitemap lastmod not after it spares the article a request.
                boolean sitemapSaysUnchanged = !article.published().atStartOfDay(ZoneOffset.UTC).toInstant()
                        .isAfter(TestClock.START);
                UrlStatus status = records.get(site.baseUri().resolve(article.path()).toString());
                assertThat(site.requestCount(article.path())).as(article.path())
                        .isEqualTo(sitemapSaysUnchanged ? 1 : 2);
                assertThat(status.state()).isEqualTo(UrlState.DONE);
                assertThat(status.httpStatus()).isEqualTo(sitemapSaysUnchanged ? 200 : 304);
                assertThat(status.reason()).isEqualTo(sitemapSaysUnchanged ? SkipReason.SITEMAP_UNCHANGED.name()
                        : SkipReason.NOT_MODIFIED.name());
                assertThat(status.etag()).isNotBlank();
                assertThat(status.contentHash()).hasSize(64);
            }
            assertThat(second.skipped(SkipReason.NOT_MODIFIED)).isNotEmpty();
        }
    }

    @Test
    void loseNoPageWhenTheSinkFailsMidway(TestElasticsearch es) {
        try (SampleSite site = SampleSite.start(0)) {
            StatusStore store = store(es, "-failing");
            FailingSink failing = new FailingSink(3);

            assertThatThrownBy(() -> crawl(settings(site).withFlushEvery(10), failing, store, new Counting()))
                    .hasMessage("index unavailable");

            assertThat(failing.acknowledged).hasSize(20);
            assertThat(failing.accepted.size()).isGreaterThanOrEqualTo(30);
            assertThat(urlsIn(store, UrlState.DONE)).containsExactlyInAnyOrderElementsOf(failing.acknowledged);

            ListSink rest = new ListSink();
            CrawlResult resumed = crawl(settings(site), rest, store, new Counting());

            assertThat(resumed.stopped()).isFalse();
            Set<String> all = new HashSet<>(failing.acknowledged);
            all.addAll(rest.urls());
            assertThat(all).containsAll(urls(site, site.articles()));
            assertThat(rest.urls()).doesNotContainAnyElementsOf(failing.acknowledged);
            assertThat(urlsIn(store, UrlState.DONE)).containsExactlyInAnyOrderElementsOf(all);
        }
    }

    @Test
    void stopsWithEveryAcknowledgedPageDoneAndResumesWithoutRefetching(TestElasticsearch es) {
        try (SampleSite site = SampleSite.start(0)) {
            StatusStore store = store(es, "-stopped");
            ListSink sink = new ListSink();
            Crawler[] crawler = new Crawler[1];
            PageSink stopping = new PageSink() {
                @Override
                public void accept(Page page) {
                    sink.accept(page);
                    if (sink.pages.size() == 50) {
                        crawler[0].stop();
                    }
                }

                @Override
                public void flush() {
                    sink.flush();
                }
            };
            TestClock clock = new TestClock();
            crawler[0] = new Crawler(settings(site), new Counting(), stopping, ProgressListener.NONE, store, clock,
                    clock.sleeper());

            CrawlResult stopped = crawler[0].crawl();

            assertThat(stopped.stopped()).isTrue();
            assertThat(sink.flushedPages).isEqualTo(sink.pages.size());
            assertThat(urlsIn(store, UrlState.DONE)).containsExactlyInAnyOrderElementsOf(sink.urls());
            assertThat(urlsIn(store, UrlState.QUEUED)).isNotEmpty();

            crawl(settings(site), sink, store, new Counting());

            for (SamplePage article : site.articles()) {
                assertThat(site.requestCount(article.path())).as(article.path()).isEqualTo(1);
            }
            assertThat(sink.urls()).doesNotHaveDuplicates().containsAll(urls(site, site.articles()));
        }
    }

    private static CrawlSettings settings(SampleSite site) {
        return CrawlSettings.of(site.baseUri()).withAllowPrivate(true).withMinDelay(Duration.ZERO)
                .withConcurrency(4).withMaxPages(5000);
    }

    private static CrawlResult crawl(CrawlSettings settings, PageSink sink, StatusStore store, Extractor extractor) {
        TestClock clock = new TestClock();
        return new Crawler(settings, extractor, sink, ProgressListener.NONE, store, clock, clock.sleeper()).crawl();
    }

    private static StatusStore store(TestElasticsearch es, String suffix) {
        return new ElasticsearchStatusStore(es.client(), es.index() + suffix).ensure();
    }

    private static Map<String, UrlStatus> records(StatusStore store) {
        List<UrlStatus> all = new ArrayList<>();
        store.load(all::add);
        return all.stream().collect(Collectors.toMap(UrlStatus::url, Function.identity()));
    }

    private static List<String> urlsIn(StatusStore store, UrlState state) {
        return records(store).values().stream().filter(r -> r.state() == state).map(UrlStatus::url).toList();
    }

    private static List<String> urls(SampleSite site, List<SamplePage> pages) {
        return pages.stream().map(p -> site.baseUri().resolve(p.path()).toString()).toList();
    }

    /** The test extractor, counting its calls. */
    private static final class Counting implements Extractor {
        final AtomicInteger calls = new AtomicInteger();
        private final TestExtractor delegate = new TestExtractor();

        @Override
        public Extracted extract(Fetched fetched) {
            calls.incrementAndGet();
            return delegate.extract(fetched);
        }
    }

    /** Acknowledges its first flushes, then fails the way an unreachable index would. */
    private static final class FailingSink implements PageSink {
        final List<String> accepted = new ArrayList<>();
        final List<String> acknowledged = new ArrayList<>();
        private final int failingFlush;
        private int flushes;

        FailingSink(int failingFlush) {
            this.failingFlush = failingFlush;
        }

        @Override
        public void accept(Page page) {
            accepted.add(page.url());
        }

        @Override
        public void flush() {
            if (++flushes >= failingFlush) {
                throw new IllegalStateException("index unavailable");
            }
            acknowledged.clear();
            acknowledged.addAll(accepted);
        }
    }
}
