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
 * of the query's languages as the detector tells them, near-duplicates collapsed ({@link Duplicates}).
 */
public final class Searcher {
    private final ElasticsearchClient client;
    private final String index;
    private final LanguageDetector detector;

    public Searcher(ElasticsearchClient client, String index, LanguageDetector detector) {
        this.client = client;
        this.index = index;
        this.detector = detector;
    }

    public SearchResult search(SearchParams params) throws IOException {
        long start = System.nanoTime();
        SearchResponse<StoredPage> response = run(params);
        List<Hit> hits = response.hits().hits().stream().map(HitMapper::toHit).toList();
        long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
        String suggestion = Suggestions.from(response.suggest(), params.query());
        long tookMillis = (System.nanoTime() - start) / 1_000_000;
        return new SearchResult(total, params.page(), params.size(), tookMillis, hits,
                facets(response.aggregations()), suggestion, nextCursor(response, params));
    }

    private SearchResponse<StoredPage> run(SearchParams params) throws IOException {
        QueryLanguages languages = QueryLanguages.choose(params, detector);
        boolean collapse = Duplicates.collapsible(params);
        SearchResponse<StoredPage> response = client.search(
                SearchRequests.build(index, params, languages, collapse), StoredPage.class);
        if (collapse && Duplicates.mergedUngrouped(response.aggregations())) {
            return client.search(SearchRequests.build(index, params, languages, false), StoredPage.class);
        }
        return response;
    }

    /** A full page may have a successor; a short one is the last. */
    private static String nextCursor(SearchResponse<StoredPage> response, SearchParams params) {
        var hits = response.hits().hits();
        if (hits.size() < params.size() || hits.getLast().sort().isEmpty()) {
            return null;
        }
        return new Cursor(params.effectiveSort(), hits.getLast().sort()).encode();
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
