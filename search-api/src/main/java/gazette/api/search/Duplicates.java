package gazette.api.search;

import co.elastic.clients.elasticsearch._types.FieldValue;
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
 * the ids of the others. Three limits of Elasticsearch's {@code collapse} shape how it applies:
 * <ul>
 *   <li>It refuses search_after unless the hits are sorted by the collapse field alone, so pages reached by
 *       {@code cursor} are collapsed by {@link CursorPages} instead, to the same result.</li>
 *   <li>It puts every page without a group into one group, where the rule is that such a page is a group of its
 *       own. The request therefore counts matching pages without a group; when more than one matched, the search
 *       is not collapsed at all, on any page (only an index written before groups existed does this).</li>
 *   <li>It changes neither the hit total nor the facets. The collapsed total is counted apart: the distinct groups
 *       (a cardinality aggregation, exact up to {@link #EXACT_GROUPS}, a close estimate beyond) plus the pages
 *       without one. Facets still count every matching page.</li>
 * </ul>
 */
final class Duplicates {
    static final String COUNTS = "collapse_counts";
    static final String GROUPS = "groups";
    static final String UNGROUPED = "ungrouped";
    static final String INNER_HITS = "duplicates";
    /** The ids listed per hit; the count covers them all. */
    static final int IDS_SHOWN = 5;
    /** Elasticsearch's highest precision_threshold: below it the cardinality aggregation counts (nearly) exactly. */
    static final int EXACT_GROUPS = 40_000;

    private Duplicates() {}

    /** Numbered pages collapse in Elasticsearch; cursor pages cannot (see {@link CursorPages}). */
    static boolean collapsible(SearchParams p) {
        return p.cursor() == null;
    }

    /** One hit per group; the group's other members (the hit itself included) as inner hits, ids only. */
    static FieldCollapse collapse() {
        return FieldCollapse.of(c -> c.field(PageDocument.DUPLICATE_GROUP).innerHits(i -> i.name(INNER_HITS)
                .size(IDS_SHOWN + 1).source(s -> s.fetch(false))
                .sort(o -> o.field(f -> f.field(PageDocument.URL).order(SortOrder.Asc)))));
    }

    /** Among the hits (after the filters): how many groups, and how many pages without a group. */
    static Aggregation counts(Filters filters) {
        Query missing = Query.of(q -> q.bool(b -> b.mustNot(m -> m.exists(e -> e.field(
                PageDocument.DUPLICATE_GROUP)))));
        return Aggregation.of(a -> a.filter(filters.all())
                .aggregations(GROUPS, g -> g.cardinality(c -> c.field(PageDocument.DUPLICATE_GROUP)
                        .precisionThreshold(EXACT_GROUPS)))
                .aggregations(UNGROUPED, u -> u.filter(missing)));
    }

    /** Only these groups, for {@link CursorPages} to find their best ranked members. */
    static Query inGroups(List<String> groups) {
        List<FieldValue> values = groups.stream().map(FieldValue::of).toList();
        return Query.of(q -> q.terms(t -> t.field(PageDocument.DUPLICATE_GROUP).terms(v -> v.value(values))));
    }

    /** True when collapsing would merge pages that have no group: the search must then not be collapsed. */
    static boolean mergedUngrouped(Map<String, Aggregate> aggregations) {
        return ungrouped(aggregations) > 1;
    }

    /** How many hits the search has once near-duplicates are collapsed: one per group, one per ungrouped page. */
    static long collapsedTotal(Map<String, Aggregate> aggregations) {
        return aggregations.get(COUNTS).filter().aggregations().get(GROUPS).cardinality().value()
                + ungrouped(aggregations);
    }

    private static long ungrouped(Map<String, Aggregate> aggregations) {
        return aggregations.get(COUNTS).filter().aggregations().get(UNGROUPED).filter().docCount();
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
