package gazette.bench.search;

import gazette.bench.Percentiles;
import java.util.Arrays;
import java.util.stream.LongStream;

/**
 * What one side measured over one or more rounds: every call's latency in microseconds, the failed calls (and the
 * first failure, for the report), and the wall-clock seconds the calls took.
 */
record PhaseResult(String side, long[] micros, int errors, double seconds, String firstError) {

    int calls() {
        return micros.length;
    }

    double perSecond() {
        return calls() / seconds;
    }

    /** The {@code p}-th percentile in milliseconds, nearest rank. */
    double percentileMs(double p) {
        return Percentiles.ms(micros, p);
    }

    /** Both rounds' calls pooled; their seconds add up, since the rounds ran one after the other. */
    PhaseResult plus(PhaseResult other) {
        long[] pooled = LongStream.concat(Arrays.stream(micros), Arrays.stream(other.micros)).toArray();
        return new PhaseResult(side, pooled, errors + other.errors, seconds + other.seconds,
                firstError != null ? firstError : other.firstError);
    }

    static PhaseResult empty(String side) {
        return new PhaseResult(side, new long[0], 0, 0, null);
    }
}
