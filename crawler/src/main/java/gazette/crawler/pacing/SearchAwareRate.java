package gazette.crawler.pacing;

/**
 * The crawl's rate in pages per second, decided once per window from the searches Elasticsearch served in it:
 * halved when they were slowed, raised by a step when not (additive increase, multiplicative decrease, as TCP
 * paces its sends), unlimited while nobody searches. "Slowed" is relative to the fastest searches seen, so the
 * same settings hold on a laptop and on a server.
 */
final class SearchAwareRate {
    static final double FREE = Double.POSITIVE_INFINITY;
    /** A window's mean is a few searches of different cost; smoothing keeps one fast window from releasing the brake. */
    private static final double SMOOTHING = 0.3;
    /** The fastest level ages by this per window, so one lucky window does not hold the crawl down for good. */
    private static final double FASTEST_AGING = 0.02;

    private final PacingSettings settings;
    private double rate = FREE;
    private double smoothedMillis = Double.NaN;
    private double fastestMillis = Double.POSITIVE_INFINITY;

    SearchAwareRate(PacingSettings settings) {
        this.settings = settings;
    }

    /**
     * @param window  the searches served in the window just ended
     * @param reached pages per second the crawl reached lately, the base of a first halving
     * @return the rate for the next window, {@link #FREE} for no limit
     */
    double update(SearchTotals window, double reached) {
        if (window.searches() < settings.minSearches()) {
            rate = FREE;
        } else if (slowed(window.meanMillis())) {
            rate = Math.max(settings.minRate(), Math.min(rate, reached) / 2);
        } else if (rate != FREE) {
            rate += settings.step();
        }
        return rate;
    }

    double rate() {
        return rate;
    }

    /**
     * A slow window brakes at once (a crawl of a few thousand pages is over in a dozen windows); the smoothed level
     * keeps it braking until searches have been fast for a few windows, and sets the fastest level.
     */
    private boolean slowed(double meanMillis) {
        smoothedMillis = Double.isNaN(smoothedMillis) ? meanMillis
                : SMOOTHING * meanMillis + (1 - SMOOTHING) * smoothedMillis;
        fastestMillis = Math.min(fastestMillis * (1 + FASTEST_AGING), smoothedMillis);
        double level = Math.max(meanMillis, smoothedMillis);
        return level > settings.slowdown() * fastestMillis && level > settings.noticeable().toMillis();
    }
}
