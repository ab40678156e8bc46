package gazette.app;

import gazette.indexer.BulkObserver;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.stream.Stream;

/**
 * The indexer's bulk requests on {@code /metrics}: {@code gazette_index_bulk_seconds} (a histogram of the time each
 * answered bulk request took), {@code gazette_index_bulk_operations_total{outcome}} (acknowledged, retried, refused)
 * and {@code gazette_index_bulk_failures_total{reason}} (rounds that failed as a whole and were retried).
 */
final class BulkMetrics implements BulkObserver {
    private static final Duration[] BUCKETS = Stream.of(10, 50, 100, 250, 500, 1000, 2500, 5000, 10_000, 30_000)
            .map(Duration::ofMillis).toArray(Duration[]::new);
    private final MeterRegistry registry;
    private final Timer took;

    BulkMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.took = Timer.builder("gazette.index.bulk").description("Time of each answered bulk request")
                .serviceLevelObjectives(BUCKETS).register(registry);
    }

    @Override
    public void answered(Duration duration, int operations, int retried, int refused) {
        took.record(duration);
        operations("acknowledged").increment(Math.max(0, operations - retried - refused));
        operations("retried").increment(retried);
        operations("refused").increment(refused);
    }

    @Override
    public void failed(String reason) {
        Counter.builder("gazette.index.bulk.failures").description("Bulk rounds that failed as a whole, retried")
                .tag("reason", reason).register(registry).increment();
    }

    private Counter operations(String outcome) {
        return Counter.builder("gazette.index.bulk.operations").description("Bulk operations by outcome")
                .tag("outcome", outcome).register(registry);
    }
}
