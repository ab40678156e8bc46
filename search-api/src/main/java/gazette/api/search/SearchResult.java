package gazette.api.search;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A page of search results.
 *
 * <p>{@code total} counts results as the hit list shows them, near-duplicates collapsed: it is what a reader pages
 * through ("42 results", the page count, a tool walking every cursor page), so it must agree with the hits.
 * The uncollapsed count, which the facets add up to, is kept beside it as {@code total_documents}.
 *
 * @param total          how many results match the query and filters, one per near-duplicate group
 * @param totalDocuments how many pages match, near-duplicates included
 * @param tookMillis     time spent answering, including Elasticsearch's round trips
 * @param suggestion     a corrected query when some words look misspelt, or null
 * @param cursor         pass as {@code cursor} to get the page after this one; null on the last page
 */
public record SearchResult(
        long total, @JsonProperty("total_documents") long totalDocuments, int page, int size,
        @JsonProperty("took_ms") long tookMillis, List<Hit> hits, Facets facets, String suggestion, String cursor) {}
