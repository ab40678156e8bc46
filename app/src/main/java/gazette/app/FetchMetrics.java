package gazette.app;

import gazette.core.FetchEvent;
import gazette.core.site.SiteConfig;
import gazette.crawler.history.FetchLog;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * Per-host fetch counters on {@code /metrics}: {@code gazette_crawl_fetches_total{host, status, outcome}}, one count
 * per fetch attempt the crawler records in its fetch history (status {@code none} when no response came).
 */
final class FetchMetrics {
    private final MeterRegistry registry;

    FetchMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** {@code log}, counting every event appended to it. */
    FetchLog counting(FetchLog log) {
        return new ObservedFetchLog(log, this::count);
    }

    void count(FetchEvent event) {
        Counter.builder("gazette.crawl.fetches").description("Fetch attempts by host, HTTP status and outcome")
                .tag("host", host(event.url()))
                .tag("status", event.httpStatus() == null ? "none" : event.httpStatus().toString())
                .tag("outcome", event.outcome() == null ? "unknown" : event.outcome())
                .register(registry).increment();
    }

    /** The host key of {@code url}, as the crawler keys hosts; {@code invalid} when it has none. */
    static String host(String url) {
        try {
            return SiteConfig.host(new URI(url));
        } catch (URISyntaxException | NullPointerException e) {
            return "invalid";
        }
    }
}
