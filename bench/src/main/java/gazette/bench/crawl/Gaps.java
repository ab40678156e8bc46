package gazette.bench.crawl;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The gaps between successive request arrivals at one host, against the delay the crawler was told to keep: kept
 * when no gap is shorter than 90 % of it and the median is within 10 % of it.
 */
record Gaps(String host, int requests, double minMs, double medianMs, double maxMs) {
    private static final double TOLERANCE = 0.10;

    /** {@code arrivals} in {@link System#nanoTime()} units, in any order; at least two. */
    static Gaps of(String host, List<Long> arrivals) {
        if (arrivals.size() < 2) {
            throw new IllegalArgumentException(host + " got " + arrivals.size() + " requests; gaps need two");
        }
        List<Long> sorted = arrivals.stream().sorted().toList();
        List<Double> gaps = new ArrayList<>();
        for (int i = 1; i < sorted.size(); i++) {
            gaps.add((sorted.get(i) - sorted.get(i - 1)) / 1e6);
        }
        gaps.sort(null);
        double median = gaps.size() % 2 == 1 ? gaps.get(gaps.size() / 2)
                : (gaps.get(gaps.size() / 2 - 1) + gaps.get(gaps.size() / 2)) / 2;
        return new Gaps(host, sorted.size(), gaps.get(0), median, gaps.get(gaps.size() - 1));
    }

    boolean kept(Duration delay) {
        double ms = delay.toNanos() / 1e6;
        return minMs >= (1 - TOLERANCE) * ms && Math.abs(medianMs - ms) <= TOLERANCE * ms;
    }
}
