package gazette.bench.load;

import gazette.bench.Percentiles;
import java.util.List;
import java.util.Locale;
import java.util.stream.LongStream;

/**
 * What one load phase measured: every request's latency (from its scheduled start, so a stalled server cannot hide
 * the requests it delayed) and how many failed.
 */
record Latencies(String phase, long[] micros, int errors, double seconds) {

    /** The phases' requests as one phase named {@code phase}. */
    static Latencies of(String phase, List<Latencies> parts) {
        return new Latencies(phase, parts.stream().flatMapToLong(p -> LongStream.of(p.micros)).toArray(),
                parts.stream().mapToInt(Latencies::errors).sum(), parts.stream().mapToDouble(Latencies::seconds).sum());
    }

    int requests() {
        return micros.length;
    }

    /** The {@code p}-th percentile in milliseconds, nearest rank. */
    double percentileMs(double p) {
        return Percentiles.ms(micros, p);
    }

    String row() {
        return String.format(Locale.ROOT, "| %s | %d | %d | %.1f | %.1f | %.1f | %.1f | %.1f |", phase, requests(),
                errors, requests() / seconds, percentileMs(50), percentileMs(90), percentileMs(99), percentileMs(100));
    }

    static String header() {
        return "| phase | requests | errors | req/s | p50 ms | p90 ms | p99 ms | max ms |\n"
                + "|---|---:|---:|---:|---:|---:|---:|---:|";
    }
}
