package gazette.app;

import gazette.crawler.CrawlProgress;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The crawl counters on {@code /metrics}: pages fetched, URLs failed and skipped, HTTP requests, summed over every
 * crawl this server ran. Fed with the change between two progress reports of one crawl.
 */
final class CrawlMetrics {
    private final Counter fetched;
    private final Counter failed;
    private final Counter skipped;
    private final Counter requests;

    CrawlMetrics(MeterRegistry registry) {
        fetched = Counter.builder("gazette.crawl.pages.fetched").description("Pages fetched and indexed")
                .register(registry);
        failed = Counter.builder("gazette.crawl.pages.failed").description("URLs that ended in an error")
                .register(registry);
        skipped = Counter.builder("gazette.crawl.pages.skipped").description("URLs a rule refused")
                .register(registry);
        requests = Counter.builder("gazette.crawl.requests").description("HTTP requests made by crawls")
                .register(registry);
    }

    void moved(CrawlProgress before, CrawlProgress after) {
        fetched.increment(Math.max(0, after.fetched() - before.fetched()));
        failed.increment(Math.max(0, after.failed() - before.failed()));
        skipped.increment(Math.max(0, after.skipped() - before.skipped()));
        requests.increment(Math.max(0, after.requests() - before.requests()));
    }
}
