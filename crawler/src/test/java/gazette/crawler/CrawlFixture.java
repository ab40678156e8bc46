package gazette.crawler;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A loopback site, a fake clock, a collecting sink and a progress log: what one crawler test needs. */
final class CrawlFixture implements AutoCloseable {
    final TestClock clock = new TestClock();
    final TestServer server = new TestServer(clock);
    final ListSink sink = new ListSink();
    final List<CrawlProgress> progress = Collections.synchronizedList(new ArrayList<>());

    /** Seeded at the site's root, loopback allowed, sitemaps off, otherwise the defaults (1 s delay, fake time). */
    CrawlSettings settings() {
        return CrawlSettings.of(server.uri("/")).withAllowPrivate(true).withSitemaps(false);
    }

    Crawler crawler(CrawlSettings settings) {
        return new Crawler(settings, new TestExtractor(), sink, progress::add, clock, clock.sleeper());
    }

    CrawlResult crawl(CrawlSettings settings) {
        return crawler(settings).crawl();
    }

    String url(String path) {
        return server.uri(path).toString();
    }

    /** The URLs skipped for {@code reason}. */
    static List<String> urls(CrawlResult result, SkipReason reason) {
        return result.skipped(reason).stream().map(Skipped::url).toList();
    }

    @Override
    public void close() {
        server.close();
    }
}
