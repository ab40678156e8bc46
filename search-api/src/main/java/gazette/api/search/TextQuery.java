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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds the Elasticsearch query for a {@link ParsedQuery}. User text only ever reaches Elasticsearch as the text
 * of match-style queries, which analyse it; it is never parsed as query syntax.
 *
 * <p>One or two plain words are both required, as a search box is used. From three words on, a query is mostly a
 * question ("when did the government raise the pension age"), which shares only some of its words with the page
 * that answers it: any word matches, and the words decide the order — pages with more of them, rarer ones, every
 * one (the all-words clause) or standing close together (the proximity clause) rank first. A word in a script
 * written without spaces that is long enough to be a sentence (a Chinese or Thai question) makes the query such a
 * question too. A stop word of the query's language ("is", "кто", "का") is never required: the language's own
 * fields drop it, so it matches every page there. For a language searched without fields of its own
 * (Vietnamese, whose words are mostly two syllables written apart), adjacent words standing together in the page
 * are rewarded. On XQuAD-R (docs/benchmarks.md) each of these found answers higher than the stricter rules it
 * replaced ("3-5 words may miss one, longer queries need 30 %", which dropped answers sharing two words with a
 * short question).
 * One relaxed query rather than AND-first-then-relaxed: one round trip, and facets, totals and cursors describe one
 * result set. What the user spelt out — phrases, {@code title:} terms, {@code OR} groups, exclusions — is never
 * relaxed.
 */
final class TextQuery {
    /** Elasticsearch's minimum_should_match for the rules above, counting words: up to two all, then any one. */
    static final String MINIMUM_WORDS = "2<1";
    /** For a query holding a sentence: any word. */
    static final String ANY_WORD = "1";
    /**
     * The same for the tokens of one word: a word of three tokens needs them all, so a three-syllable Japanese word
     * does not match a Chinese page through two of its syllables' pinyin in the names fields; longer ones, mostly
     * sentences of a script without spaces, need fewer and fewer.
     */
    static final String MINIMUM_TOKENS = "3<-2 5<15%";
    /** How many extra words may stand between the query's words for the proximity boost to apply. */
    private static final int PROXIMITY_SLOP = 3;
    private static final float ALL_WORDS_BOOST = 1f;
    private static final float PROXIMITY_BOOST = 2f;
    private static final float WORD_PAIRS_BOOST = 1f;
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
            bool.must(someOf(words, hasSentence(parsed)));
        }
        if (words.size() > 1) {
            bool.should(Query.of(q -> q.bool(b -> b.must(words).boost(ALL_WORDS_BOOST))));
        }
        proximity(parsed).ifPresent(bool::should);
        wordPairs(parsed).ifPresent(bool::should);
        parsed.excluded().forEach(t -> bool.mustNot(excluded(t)));
        if (parsed.hasNoRequiredTerms()) {
            bool.must(Query.of(q -> q.matchAll(m -> m)));
        }
        return Query.of(q -> q.bool(bool.build()));
    }

    private static Query someOf(List<Query> words, boolean sentence) {
        if (words.size() == 1) {
            return words.getFirst();
        }
        String minimum = sentence ? ANY_WORD : MINIMUM_WORDS;
        return Query.of(q -> q.bool(b -> b.should(words).minimumShouldMatch(minimum)));
    }

    private static boolean hasSentence(ParsedQuery parsed) {
        return plainWords(parsed).stream().anyMatch(t -> ScriptDetector.isUnspacedSentence(t.text()));
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

    /**
     * For a language searched without fields of its own, rewards each pair of adjacent words found side by side:
     * a Vietnamese word of two syllables ("quốc ca") then counts as one.
     */
    private Optional<Query> wordPairs(ParsedQuery parsed) {
        List<String> words = plainWords(parsed).stream().map(ParsedQuery.Term::text).toList();
        if (words.size() < 2 || !languages.knownWithoutOwnFields()) {
            return Optional.empty();
        }
        List<String> fields = SearchFields.boosted(false, languages);
        List<Query> pairs = new ArrayList<>();
        for (int i = 0; i + 1 < words.size(); i++) {
            String pair = words.get(i) + " " + words.get(i + 1);
            pairs.add(Query.of(q -> q.multiMatch(m -> m.query(pair).fields(fields).type(TextQueryType.Phrase))));
        }
        return Optional.of(Query.of(q -> q.bool(b -> b.should(pairs).boost(WORD_PAIRS_BOOST))));
    }

    private static Query withRecency(Query matching) {
        FunctionScore decay = FunctionScore.of(f -> f.withJson(new StringReader(RECENCY)));
        FunctionScore base = FunctionScore.of(f -> f.filter(q -> q.matchAll(m -> m)).weight(0.75));
        return Query.of(q -> q.functionScore(fs -> fs.query(matching).functions(decay, base)
                .scoreMode(FunctionScoreMode.Sum).boostMode(FunctionBoostMode.Multiply)));
    }
}
