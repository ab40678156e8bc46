package gazette.bench.retrieval;

import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.util.Arrays;
import java.util.List;

/**
 * The two query shapes sent straight to the baseline index's one {@code standard}-analysed field: what a plain
 * Elasticsearch setup would answer, to compare the search API against.
 */
enum BaselineQueries {
    /** One {@code match}: any word may match, more matching words rank higher. */
    ANY_WORD,
    /** Every word required, plus a slop-3 phrase proximity boost: the strict shape of a search box. */
    ALL_WORDS;

    static final String FIELD = "body";
    private static final int PROXIMITY_SLOP = 3;

    Query build(String question) {
        return this == ANY_WORD ? anyWord(question) : allWords(words(question));
    }

    private static Query anyWord(String question) {
        return Query.of(q -> q.match(m -> m.field(FIELD).query(question).operator(Operator.Or)));
    }

    private static Query allWords(List<String> words) {
        BoolQuery.Builder bool = new BoolQuery.Builder();
        words.forEach(w -> bool.must(Query.of(q -> q.match(m -> m.field(FIELD).query(w).operator(Operator.And)))));
        if (words.size() >= 2) {
            bool.should(Query.of(q -> q.matchPhrase(p -> p.field(FIELD).query(String.join(" ", words))
                    .slop(PROXIMITY_SLOP).boost(2f))));
        }
        return Query.of(q -> q.bool(bool.build()));
    }

    /** Words as a search box sees them: split at white space, dropping those without a letter or digit. */
    static List<String> words(String question) {
        return Arrays.stream(question.split("\\s+"))
                .filter(w -> w.codePoints().anyMatch(Character::isLetterOrDigit)).toList();
    }
}
