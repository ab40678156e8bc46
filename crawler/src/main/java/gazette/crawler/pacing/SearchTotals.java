package gazette.crawler.pacing;

/**
 * Elasticsearch's running totals of the searches an index served: how many, and the milliseconds their query and
 * fetch phases took together.
 */
public record SearchTotals(long searches, long millis) {
    public static final SearchTotals NONE = new SearchTotals(0, 0);

    /** The searches served since {@code earlier}; a node restart (totals going down) counts from zero. */
    SearchTotals since(SearchTotals earlier) {
        if (searches < earlier.searches || millis < earlier.millis) {
            return this;
        }
        return new SearchTotals(searches - earlier.searches, millis - earlier.millis);
    }

    /** Mean milliseconds per search; 0 when there was none. */
    double meanMillis() {
        return searches == 0 ? 0 : (double) millis / searches;
    }
}
