package gazette.bench;

import java.util.Arrays;

/** Latency percentiles as every benchmark here reports them. */
public final class Percentiles {
    private Percentiles() {}

    /** The {@code p}-th percentile of {@code micros} in milliseconds, nearest rank; NaN when there are none. */
    public static double ms(long[] micros, double p) {
        if (micros.length == 0) {
            return Double.NaN;
        }
        long[] sorted = micros.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1000.0;
    }
}
