package gazette.api.search;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import gazette.core.PageDocument;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The filters of a search, one per facet. They go into the post_filter, not the query, so that each facet's
 * counts can ignore that facet's own filter (picking one language still shows how many hits the others have).
 */
record Filters(List<String> languages, List<String> sites, LocalDate from, LocalDate to) {

    static Filters of(SearchParams p) {
        return new Filters(p.languages(), p.sites(), p.from(), p.to());
    }

    /** Every filter together: the post_filter. */
    Query all() {
        return combine(Optional.empty());
    }

    /** Every filter but the facet's own: what that facet's counts are computed under. */
    Query except(Facet facet) {
        return combine(Optional.of(facet));
    }

    private Query combine(Optional<Facet> skip) {
        List<Query> clauses = new ArrayList<>();
        if (skip.orElse(null) != Facet.LANGUAGE) {
            terms(PageDocument.LANGUAGE, languages).ifPresent(clauses::add);
        }
        if (skip.orElse(null) != Facet.SITE) {
            terms(PageDocument.SITE, sites).ifPresent(clauses::add);
        }
        if (skip.orElse(null) != Facet.YEAR) {
            dates().ifPresent(clauses::add);
        }
        return Query.of(q -> q.bool(BoolQuery.of(b -> b.filter(clauses))));
    }

    private static Optional<Query> terms(String field, List<String> values) {
        if (values.isEmpty()) {
            return Optional.empty();
        }
        List<FieldValue> v = values.stream().map(FieldValue::of).toList();
        return Optional.of(Query.of(q -> q.terms(t -> t.field(field).terms(tv -> tv.value(v)))));
    }

    /** {@code to} is inclusive: rounding it up to the end of its day keeps pages published during it. */
    private Optional<Query> dates() {
        if (from == null && to == null) {
            return Optional.empty();
        }
        return Optional.of(Query.of(q -> q.range(r -> r.date(d -> {
            d.field(PageDocument.PUBLISHED);
            if (from != null) {
                d.gte(from.toString());
            }
            if (to != null) {
                d.lte(to + "||/d");
            }
            return d;
        }))));
    }
}
