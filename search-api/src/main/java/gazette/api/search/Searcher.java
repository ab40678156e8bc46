package gazette.api.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import gazette.core.LanguageDetector;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Runs searches against the pages index and shapes the answers into the API's {@link SearchResult}: over the fields
 * of the query's languages as the detector tells them, near-duplicates collapsed ({@link Duplicates}) on numbered
 * and cursor pages alike.
 */
public final class Searcher {
    private final ElasticsearchClient client;
    private final String index;
    private final LanguageDetector detector;
    private final CursorPages cursorPages;

    public Searcher(ElasticsearchClient client, String index, LanguageDetector detector) {
        this.client = client;
        this.index = index;
        this.detector = detector;
        this.cursorPages = new CursorPages(client, index);
    }

    public SearchResult search(SearchParams params) throws IOException {
        long start = System.nanoTime();
        QueryLanguages languages = QueryLanguages.choose(params, detector);
        SearchResponse<StoredPage> response = run(params, languages);
        boolean collapsed = !Duplicates.mergedUngrouped(response.aggregations());
        HitPage page = collapsed && params.cursor() != null
                ? cursorPages.collapse(params, languages, response)
                : HitPage.of(response, params.size());
        long documents = response.hits().total() == null ? page.hits().size() : response.hits().total().value();
        // The total a reader pages through counts what the hit list shows; see SearchResult.
        long total = collapsed ? Duplicates.collapsedTotal(response.aggregations()) : documents;
        String suggestion = Suggestions.from(response.suggest(), params.query());
        long tookMillis = (System.nanoTime() - start) / 1_000_000;
        return new SearchResult(total, documents, params.page(), params.size(), tookMillis, page.hits(),
                facets(response.aggregations()), suggestion, cursor(page, params));
    }

    /** Collapsed in Elasticsearch when the page allows it and no pages without a group would merge. */
    private SearchResponse<StoredPage> run(SearchParams params, QueryLanguages languages) throws IOException {
        boolean collapse = Duplicates.collapsible(params);
        SearchResponse<StoredPage> response = client.search(
                SearchRequests.build(index, params, languages, collapse), StoredPage.class);
        if (collapse && Duplicates.mergedUngrouped(response.aggregations())) {
            return client.search(SearchRequests.build(index, params, languages, false), StoredPage.class);
        }
        return response;
    }

    private static String cursor(HitPage page, SearchParams params) {
        return page.continueAfter() == null ? null : new Cursor(params.effectiveSort(), page.continueAfter()).encode();
    }

    private static Facets facets(Map<String, Aggregate> aggregations) {
        return new Facets(terms(aggregations, Facet.LANGUAGE), terms(aggregations, Facet.SITE),
                years(aggregations));
    }

    private static List<FacetValue> terms(Map<String, Aggregate> aggregations, Facet facet) {
        Aggregate values = aggregations.get(facet.key()).filter().aggregations().get(SearchRequests.VALUES);
        return values.sterms().buckets().array().stream()
                .map(b -> new FacetValue(b.key().stringValue(), b.docCount())).toList();
    }

    /** Newest year first, as people browse news. */
    private static List<FacetValue> years(Map<String, Aggregate> aggregations) {
        Aggregate values = aggregations.get(Facet.YEAR.key()).filter().aggregations().get(SearchRequests.VALUES);
        return values.dateHistogram().buckets().array().stream()
                .map(b -> new FacetValue(b.keyAsString(), b.docCount())).toList().reversed();
    }
}
