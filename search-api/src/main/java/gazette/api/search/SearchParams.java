package gazette.api.search;

import java.time.LocalDate;
import java.util.List;

/**
 * A validated {@code GET /api/search} request.
 *
 * @param q         the query as typed, or empty
 * @param query     {@code q} parsed
 * @param languages the {@code lang} filter values (any of them matches), possibly empty
 * @param sites     the {@code site} filter values (any of them matches), possibly empty
 * @param from      earliest publication date, inclusive, or null
 * @param to        latest publication date, inclusive, or null
 * @param sort      the requested order
 * @param page      1-based page number
 * @param size      hits per page, 1 to {@link #MAX_SIZE}
 * @param cursor    where the previous page ended, or null
 * @param explain   return each hit's score explanation
 */
public record SearchParams(
        String q, ParsedQuery query, List<String> languages, List<String> sites, LocalDate from, LocalDate to,
        Sort sort, int page, int size, Cursor cursor, boolean explain) {
    public static final int DEFAULT_SIZE = 10;
    public static final int MAX_SIZE = 100;
    /** Elasticsearch's default max_result_window: from + size may not pass it, so deeper pages need a cursor. */
    public static final int MAX_WINDOW = 10_000;

    public SearchParams {
        q = q == null ? "" : q;
        languages = List.copyOf(languages);
        sites = List.copyOf(sites);
    }

    /** A first page of the given query with every other parameter at its default. */
    public static SearchParams of(String q) {
        return new SearchParams(q, QueryParser.parse(q), List.of(), List.of(), null, null, Sort.RELEVANCE, 1,
                DEFAULT_SIZE, null, false);
    }

    /** The order actually used: relevance says nothing without required terms, so those browse newest first. */
    public Sort effectiveSort() {
        return sort == Sort.RELEVANCE && query.hasNoRequiredTerms() ? Sort.NEWEST : sort;
    }

    /** The index of the first hit to return; a cursor replaces the offset. */
    public int offset() {
        return cursor == null ? (page - 1) * size : 0;
    }
}
