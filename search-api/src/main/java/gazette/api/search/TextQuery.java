package gazette.api.search;

import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionBoostMode;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionScore;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionScoreMode;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch._types.query_dsl.ZeroTermsQuery;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;

/**
 * Builds the Elasticsearch query for a {@link ParsedQuery}. User text only ever reaches Elasticsearch as the text
 * of match-style queries, which analyse it; it is never parsed as query syntax.
 *
 * <p>Plain words are not all required: a question ("when did the government raise the pension age") shares only
 * some of its words with the page that answers it, so requiring every word found almost none (2.4% of XQuAD
 * questions). One or two words are all required; three to five may miss one; longer queries, questions mostly,
 * need 30% of their words. A stop word of the query's language ("is", "кто", "का") counts as present: the
 * language's own fields drop it, so it matches every page there; question words, which the answering page rarely
 * repeats, then do not cost the answer its place. When the language is unknown every word counts. On XQuAD-R
 * (docs/benchmarks.md) stop words as present and the three-word and 30% rules (rather than all of three and 40%
 * from four words on) each added recall, the latter most in Thai, whose questions are a few long space-separated
 * chunks. Pages with every word still rank first: they match the all-words clause too, and the proximity clause
 * on top when the words stand together.
 * One relaxed query rather than AND-first-then-relaxed: one round trip, and facets, totals and cursors describe one
 * result set. What the user spelt out — phrases, {@code title:} terms, {@code OR} groups, exclusions — is never
 * relaxed.
 */
final class TextQuery {
    /** Elasticsearch's minimum_should_match for the rules above, counting words. */
    static final String MINIMUM_WORDS = "2<-1 5<30%";
    /**
     * The same for the tokens of one word: a word of three tokens needs them all, so a three-syllable Japanese word
     * does not match a Chinese page through two of its syllables' pinyin in the names fields.
     */
    static final String MINIMUM_TOKENS = "3<-1 5<30%";
    /** How many extra words may stand between the query's words for the proximity boost to apply. */
    private static final int PROXIMITY_SLOP = 3;
    private static final float ALL_WORDS_BOOST = 1f;
    private static final float PROXIMITY_BOOST = 2f;
    /**
     * Recency multiplies the score by 0.75 (old) to 1.0 (recent): enough to order similar matches by date,
     * too little to push an exact title match below a passing mention. Undated pages count as old.
     */
    private static final String RECENCY = """
            {"filter": {"exists": {"field": "published"}},
             "gauss": {"published": {"origin": "now", "offset": "30d", "scale": "365d", "decay": 0.5}},
             "weight": 0.25}""";

    private final QueryLanguages languages;

    private TextQuery(QueryLanguages languages) {
        this.languages = languages;
    }

    /** The query to run; {@code recency} adds the date decay used when ranking by relevance. */
    static Query build(ParsedQuery parsed, QueryLanguages languages, boolean recency) {
        Query matching = new TextQuery(languages).matching(parsed);
        return recency && !parsed.hasNoRequiredTerms() ? withRecency(matching) : matching;
    }

    private Query matching(ParsedQuery parsed) {
        BoolQuery.Builder bool = new BoolQuery.Builder();
        List<Query> words = plainWords(parsed).stream().map(this::term).toList();
        parsed.groups().stream().filter(g -> !isPlainWord(g)).forEach(g -> bool.must(group(g)));
        if (!words.isEmpty()) {
            bool.must(someOf(words));
        }
        if (words.size() > 1) {
            bool.should(Query.of(q -> q.bool(b -> b.must(words).boost(ALL_WORDS_BOOST))));
        }
        proximity(parsed).ifPresent(bool::should);
        parsed.excluded().forEach(t -> bool.mustNot(excluded(t)));
        if (parsed.hasNoRequiredTerms()) {
            bool.must(Query.of(q -> q.matchAll(m -> m)));
        }
        return Query.of(q -> q.bool(bool.build()));
    }

    private static Query someOf(List<Query> words) {
        if (words.size() == 1) {
            return words.getFirst();
        }
        return Query.of(q -> q.bool(b -> b.should(words).minimumShouldMatch(MINIMUM_WORDS)));
    }

    private static boolean isPlainWord(List<ParsedQuery.Term> group) {
        return group.size() == 1 && !group.getFirst().phrase() && !group.getFirst().titleOnly();
    }

    private static List<ParsedQuery.Term> plainWords(ParsedQuery parsed) {
        return parsed.groups().stream().filter(TextQuery::isPlainWord).map(List::getFirst).toList();
    }

    private Query group(List<ParsedQuery.Term> terms) {
        if (terms.size() == 1) {
            return term(terms.getFirst());
        }
        return Query.of(q -> q.bool(b -> b.should(terms.stream().map(this::term).toList())
                .minimumShouldMatch("1")));
    }

    /**
     * A phrase matches when its tokens occur in order in one field; a word when all its tokens occur in one field.
     * A plain word of many tokens is a sentence in a script written without spaces (a Chinese or Thai question),
     * so it is relaxed as a query of many words is.
     */
    private Query term(ParsedQuery.Term term) {
        List<String> fields = SearchFields.boosted(term.titleOnly(), languages);
        boolean relaxed = !term.phrase() && !term.titleOnly();
        Query matching = Query.of(q -> q.multiMatch(m -> {
            m.query(term.text()).fields(fields).tieBreaker(0.3)
                    .type(term.phrase() ? TextQueryType.Phrase : TextQueryType.BestFields);
            return relaxed ? m.operator(Operator.Or).minimumShouldMatch(MINIMUM_TOKENS) : m.operator(Operator.And);
        }));
        List<String> stopWordFields = SearchFields.stopWordFields(languages);
        return relaxed && !stopWordFields.isEmpty() ? orStopWord(matching, term.text(), stopWordFields) : matching;
    }

    /**
     * Also matches every page, scoring nothing, when the query language's fields drop the word as a stop word
     * (zero terms: all), so a question word is scored where it occurs but never required.
     */
    private static Query orStopWord(Query matching, String text, List<String> stopWordFields) {
        Query stopWord = Query.of(q -> q.constantScore(c -> c.boost(0f).filter(f -> f.multiMatch(m -> m.query(text)
                .fields(stopWordFields).operator(Operator.Or).minimumShouldMatch(MINIMUM_TOKENS)
                .zeroTermsQuery(ZeroTermsQuery.All)))));
        return Query.of(q -> q.bool(b -> b.should(matching, stopWord).minimumShouldMatch("1")));
    }

    /** An excluded word excludes pages with all its tokens in one field, never pages with only some. */
    private Query excluded(ParsedQuery.Term term) {
        List<String> fields = SearchFields.boosted(term.titleOnly(), languages);
        return Query.of(q -> q.multiMatch(m -> m.query(term.text()).fields(fields).operator(Operator.And)
                .type(term.phrase() ? TextQueryType.Phrase : TextQueryType.BestFields)));
    }

    /** Rewards pages where the plain words stand close together, in any field. */
    private Optional<Query> proximity(ParsedQuery parsed) {
        List<String> words = plainWords(parsed).stream().map(ParsedQuery.Term::text).toList();
        if (words.size() < 2) {
            return Optional.empty();
        }
        String text = String.join(" ", words);
        return Optional.of(Query.of(q -> q.multiMatch(m -> m.query(text)
                .fields(SearchFields.boosted(false, languages)).type(TextQueryType.Phrase).slop(PROXIMITY_SLOP)
                .boost(PROXIMITY_BOOST))));
    }

    private static Query withRecency(Query matching) {
        FunctionScore decay = FunctionScore.of(f -> f.withJson(new StringReader(RECENCY)));
        FunctionScore base = FunctionScore.of(f -> f.filter(q -> q.matchAll(m -> m)).weight(0.75));
        return Query.of(q -> q.functionScore(fs -> fs.query(matching).functions(decay, base)
                .scoreMode(FunctionScoreMode.Sum).boostMode(FunctionBoostMode.Multiply)));
    }
}
