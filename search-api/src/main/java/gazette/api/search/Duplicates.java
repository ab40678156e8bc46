package gazette.api.search;

import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.FieldCollapse;
import co.elastic.clients.elasticsearch.core.search.InnerHitsResult;
import co.elastic.clients.json.JsonData;
import gazette.core.PageDocument;
import java.util.List;
import java.util.Map;

/**
 * Near-duplicate collapse: a hit list shows one page per {@link PageDocument#DUPLICATE_GROUP}, the best ranked, with
 * the ids of the others. Three limits of Elasticsearch's {@code collapse} shape when it applies:
 * <ul>
 *   <li>It refuses search_after unless the hits are sorted by the collapse field alone, so pages reached by
 *       {@code cursor} (deep paging, mostly by tools harvesting everything) are not collapsed; numbered pages —
 *       the first 10,000 hits, what people browse — are.</li>
 *   <li>It puts every page without a group into one group, where the rule is that such a page is a group of its
 *       own. The request therefore counts matching pages without a group; when more than one matched, the search
 *       runs again without collapse (only an index written before groups existed does this).</li>
 *   <li>It changes neither {@code total} nor the facets: both count matching pages, duplicates included.</li>
 * </ul>
 */
final class Duplicates {
    static final String UNGROUPED = "ungrouped";
    static final String INNER_HITS = "duplicates";
    /** The ids listed per hit; the count covers them all. */
    static final int IDS_SHOWN = 5;

    private Duplicates() {}

    static boolean collapsible(SearchParams p) {
        return p.cursor() == null;
    }

    /** One hit per group; the group's other members (the hit itself included) as inner hits, ids only. */
    static FieldCollapse collapse() {
        return FieldCollapse.of(c -> c.field(PageDocument.DUPLICATE_GROUP).innerHits(i -> i.name(INNER_HITS)
                .size(IDS_SHOWN + 1).source(s -> s.fetch(false))
                .sort(o -> o.field(f -> f.field(PageDocument.URL).order(SortOrder.Asc)))));
    }

    /** Counts the hits (after the filters) that have no group and would wrongly collapse into one. */
    static Aggregation ungrouped(Filters filters) {
        Query missing = Query.of(q -> q.bool(b -> b.filter(filters.all())
                .mustNot(m -> m.exists(e -> e.field(PageDocument.DUPLICATE_GROUP)))));
        return Aggregation.of(a -> a.filter(missing));
    }

    /** True when collapsing merged pages that have no group: the answer must be fetched again uncollapsed. */
    static boolean mergedUngrouped(Map<String, Aggregate> aggregations) {
        Aggregate ungrouped = aggregations.get(UNGROUPED);
        return ungrouped != null && ungrouped.filter().docCount() > 1;
    }

    /** The other members of a collapsed hit's group; none when the search was not collapsed. */
    static Hit.Duplicates of(String id, Map<String, InnerHitsResult> innerHits) {
        InnerHitsResult group = innerHits == null ? null : innerHits.get(INNER_HITS);
        if (group == null || group.hits().total() == null) {
            return Hit.Duplicates.NONE;
        }
        List<String> ids = group.hits().hits().stream()
                .map(co.elastic.clients.elasticsearch.core.search.Hit<JsonData>::id)
                .filter(other -> !other.equals(id)).limit(IDS_SHOWN).toList();
        return new Hit.Duplicates(Math.max(0, group.hits().total().value() - 1), ids);
    }
}
