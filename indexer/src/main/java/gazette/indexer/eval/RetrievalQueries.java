package gazette.indexer.eval;

import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import gazette.core.Language;
import gazette.core.PageDocument;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * The queries the benchmark compares. {@link #api} mirrors, for a question of plain words, the query the search
 * API builds (search-api's {@code TextQuery} over {@code SearchFields.boosted(false)}, without the recency decay:
 * the paragraphs have no dates): every word must match, all its tokens in one field, plus a proximity boost.
 * {@link #anyWord} runs the same fields with the same boosts as one OR query, the shape of the baseline's query.
 */
enum RetrievalQueries {
    /** Gazette's fields, the search API's query. */
    API,
    /** Gazette's fields, any word may match. */
    ANY_WORD,
    /** The one {@code standard}-analysed field of the baseline index, the search API's query. */
    BASELINE_API,
    /** The one {@code standard}-analysed field of the baseline index, any word may match. */
    BASELINE_ANY_WORD;

    static final String BASELINE_FIELD = "body";
    /** As in search-api's {@code TextQuery}. */
    private static final int PROXIMITY_SLOP = 3;
    private static final double TIE_BREAKER = 0.3;

    boolean baseline() {
        return this == BASELINE_API || this == BASELINE_ANY_WORD;
    }

    Query build(String question) {
        List<String> fields = baseline() ? List.of(BASELINE_FIELD) : gazetteFields();
        return this == API || this == BASELINE_API ? api(question, fields) : anyWord(question, fields);
    }

    /** As search-api's {@code SearchFields.boosted(false)}. */
    static List<String> gazetteFields() {
        List<String> fields = new ArrayList<>();
        Stream.concat(Stream.of(PageDocument.TITLE, PageDocument.TITLE_CJK),
                Arrays.stream(Language.values()).map(Language::titleField)).forEach(f -> fields.add(f + "^3"));
        fields.add(PageDocument.TITLE_NAMES + "^1.5");
        fields.add(PageDocument.BODY);
        fields.add(PageDocument.BODY_CJK);
        Arrays.stream(Language.values()).map(Language::bodyField).forEach(fields::add);
        fields.add(PageDocument.BODY_NAMES + "^0.5");
        return fields;
    }

    private static Query api(String question, List<String> fields) {
        List<String> words = words(question);
        BoolQuery.Builder bool = new BoolQuery.Builder();
        words.forEach(w -> bool.must(multiMatch(w, fields, Operator.And)));
        if (words.size() >= 2) {
            bool.should(Query.of(q -> q.multiMatch(m -> m.query(String.join(" ", words)).fields(fields)
                    .type(TextQueryType.Phrase).slop(PROXIMITY_SLOP).boost(2f))));
        }
        return Query.of(q -> q.bool(bool.build()));
    }

    private static Query anyWord(String question, List<String> fields) {
        return multiMatch(question, fields, Operator.Or);
    }

    private static Query multiMatch(String text, List<String> fields, Operator operator) {
        return Query.of(q -> q.multiMatch(m -> m.query(text).fields(fields).type(TextQueryType.BestFields)
                .operator(operator).tieBreaker(TIE_BREAKER)));
    }

    /** The search API's words: split at white space, dropping those without a letter or digit. */
    static List<String> words(String question) {
        return Arrays.stream(question.split("\\s+"))
                .filter(w -> w.codePoints().anyMatch(Character::isLetterOrDigit)).toList();
    }
}
