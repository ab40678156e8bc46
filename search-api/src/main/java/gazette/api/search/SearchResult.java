package gazette.api.search;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A page of search results.
 *
 * @param total      how many pages match the query and filters
 * @param tookMillis time spent answering, including Elasticsearch's round trip
 * @param suggestion a corrected query when some words look misspelt, or null
 * @param cursor     pass as {@code cursor} to get the page after this one; null on the last page
 */
public record SearchResult(
        long total, int page, int size, @JsonProperty("took_ms") long tookMillis, List<Hit> hits, Facets facets,
        String suggestion, String cursor) {}
