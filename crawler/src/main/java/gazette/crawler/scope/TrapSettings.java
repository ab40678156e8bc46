package gazette.crawler.scope;

/**
 * Limits that keep a crawl out of URL spaces without end.
 *
 * @param maxUrlLength       longer URLs end as {@code URL_TOO_LONG}
 * @param maxSegmentRepeats  a path segment seen more often than this ends as {@code REPEATING_PATH}
 * @param maxQueryParams     more query parameters (or one name repeated more than twice) end as {@code QUERY_TRAP}
 * @param calendarYearsBack  a calendar parameter's year further back than this ends as {@code QUERY_TRAP}
 * @param calendarYearsAhead a calendar parameter's year further ahead than this ends as {@code QUERY_TRAP}
 */
public record TrapSettings(int maxUrlLength, int maxSegmentRepeats, int maxQueryParams, int calendarYearsBack,
        int calendarYearsAhead) {

    public TrapSettings {
        requireAtLeast(maxUrlLength, 32, "maxUrlLength");
        requireAtLeast(maxSegmentRepeats, 1, "maxSegmentRepeats");
        requireAtLeast(maxQueryParams, 1, "maxQueryParams");
        requireAtLeast(calendarYearsBack, 0, "calendarYearsBack");
        requireAtLeast(calendarYearsAhead, 0, "calendarYearsAhead");
    }

    /** 2,048 characters, a segment at most twice, 16 parameters, calendar years from 50 back to 1 ahead. */
    public static TrapSettings defaults() {
        return new TrapSettings(2048, 2, 16, 50, 1);
    }

    private static void requireAtLeast(int value, int min, String name) {
        if (value < min) {
            throw new IllegalArgumentException(name + " must be at least " + min + ", was " + value);
        }
    }
}
