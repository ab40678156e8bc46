package gazette.api.search;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import java.util.List;

/**
 * The hits of one page and where the next page starts.
 *
 * @param continueAfter the sort values the next page's search_after takes, or null when this page is the last
 */
record HitPage(List<Hit> hits, List<FieldValue> continueAfter) {

    HitPage {
        hits = List.copyOf(hits);
        continueAfter = continueAfter == null ? null : List.copyOf(continueAfter);
    }

    /** A page as Elasticsearch returned it: a full page may have a successor, a short one is the last. */
    static HitPage of(SearchResponse<StoredPage> response, int size) {
        var hits = response.hits().hits();
        boolean last = hits.size() < size || hits.getLast().sort().isEmpty();
        return new HitPage(hits.stream().map(HitMapper::toHit).toList(), last ? null : hits.getLast().sort());
    }
}
