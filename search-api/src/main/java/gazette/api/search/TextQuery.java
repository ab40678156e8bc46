package gazette.api.search;

import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionBoostMode;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionScore;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionScoreMode;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;

/**
 * Builds the Elasticsearch query for a {@link ParsedQuery}. User text only ever reaches Elasticsearch as the text
 * of match-style queries, which analyse it; it is never parsed as query syntax.
 */
final class TextQuery {
    /** How many extra words may stand between the query's words for the proximity boost to apply. */
    private static final int PROXIMITY_SLOP = 3;
    /**
     * Recency multiplies the score by 0.75 (old) to 1.0 (recent): enough to order similar matches by date,
     * too little to push an exact title match below a passing mention. Undated pages count as old.
     */
    private static final String RECENCY = """
            {"filter": {"exists": {"field": "published"}},
             "gauss": {"published": {"origin": "now", "offset": "30d", "scale": "365d", "decay": 0.5}},
             "weight": 0.25}""";

    private TextQuery() {}

    /** The query to run; {@code recency} adds the date decay used when ranking by relevance. */
    static Query build(ParsedQuery parsed, boolean recency) {
        Query matching = matching(parsed);
        return recency && !parsed.hasNoRequiredTerms() ? withRecency(matching) : matching;
    }

    static Query matching(ParsedQuery parsed) {
        BoolQuery.Builder bool = new BoolQuery.Builder();
        parsed.groups().forEach(g -> bool.must(group(g)));
        parsed.excluded().forEach(t -> bool.mustNot(term(t)));
        proximity(parsed).ifPresent(bool::should);
        if (parsed.hasNoRequiredTerms()) {
            bool.must(Query.of(q -> q.matchAll(m -> m)));
        }
        return Query.of(q -> q.bool(bool.build()));
    }

    private static Query group(List<ParsedQuery.Term> terms) {
        if (terms.size() == 1) {
            return term(terms.getFirst());
        }
        return Query.of(q -> q.bool(b -> b.should(terms.stream().map(TextQuery::term).toList())
                .minimumShouldMatch("1")));
    }

    /** A word matches when all its tokens occur in one field; a phrase when they occur in order. */
    static Query term(ParsedQuery.Term term) {
        List<String> fields = SearchFields.boosted(term.titleOnly());
        return Query.of(q -> q.multiMatch(m -> m.query(term.text()).fields(fields)
                .type(term.phrase() ? TextQueryType.Phrase : TextQueryType.BestFields)
                .operator(Operator.And).tieBreaker(0.3)));
    }

    /** Rewards pages where the plain words stand close together, in any field. */
    private static Optional<Query> proximity(ParsedQuery parsed) {
        List<String> words = parsed.groups().stream().filter(g -> g.size() == 1).map(List::getFirst)
                .filter(t -> !t.phrase()).map(ParsedQuery.Term::text).toList();
        if (words.size() < 2) {
            return Optional.empty();
        }
        String text = String.join(" ", words);
        return Optional.of(Query.of(q -> q.multiMatch(m -> m.query(text)
                .fields(SearchFields.boosted(false)).type(TextQueryType.Phrase).slop(PROXIMITY_SLOP).boost(2f))));
    }

    private static Query withRecency(Query matching) {
        FunctionScore decay = FunctionScore.of(f -> f.withJson(new StringReader(RECENCY)));
        FunctionScore base = FunctionScore.of(f -> f.filter(q -> q.matchAll(m -> m)).weight(0.75));
        return Query.of(q -> q.functionScore(fs -> fs.query(matching).functions(decay, base)
                .scoreMode(FunctionScoreMode.Sum).boostMode(FunctionBoostMode.Multiply)));
    }
}
