package gazette.crawler.pacing;

import java.io.IOException;

/** Reads the running totals of the searches an index served ({@link IndexSearchMeter} asks Elasticsearch). */
@FunctionalInterface
public interface SearchMeter {
    SearchTotals read() throws IOException;
}
