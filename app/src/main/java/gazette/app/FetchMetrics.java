package gazette.app;

import gazette.core.FetchEvent;
import gazette.core.site.SiteConfig;
import gazette.crawler.history.FetchLog;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.stream.Stream;

/**
 * Per-host fetch metrics on {@code /metrics}: {@code gazette_crawl_fetches_total{host, status, outcome}}, one count
 * per fetch attempt the crawler records in its fetch history (status {@code none} when no response came), and
 * {@code gazette_crawl_fetch_duration_seconds{host}}, the duration of each of those that got a response.
 */
final class FetchMetrics {
    private static final Duration[] BUCKETS = Stream.of(10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10_000, 30_000,
            60_000).map(Duration::ofMillis).toArray(Duration[]::new);
    private final MeterRegistry registry;

    FetchMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** {@code log}, counting every event appended to it. */
    FetchLog counting(FetchLog log) {
        return new ObservedFetchLog(log, this::count);
    }

    void count(FetchEvent event) {
        String host = host(event.url());
        Counter.builder("gazette.crawl.fetches").description("Fetch attempts by host, HTTP status and outcome")
                .tag("host", host)
                .tag("status", event.httpStatus() == null ? "none" : event.httpStatus().toString())
                .tag("outcome", event.outcome() == null ? "unknown" : event.outcome())
                .register(registry).increment();
        if (event.durationMs() != null) {
            duration(host).record(Duration.ofMillis(event.durationMs()));
        }
    }

    /**
     * A dozen buckets per host, enough for {@code histogram_quantile} to read p50 and p99 across servers without the
     * seventy-odd of Micrometer's default histogram on every host a crawl touches.
     */
    private Timer duration(String host) {
        return Timer.builder("gazette.crawl.fetch.duration")
                .description("Time from sending a page request to its last body byte, by host (final redirect hop)")
                .tag("host", host)
                .serviceLevelObjectives(BUCKETS)
                .register(registry);
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
