package gazette.bench.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QueryMixTest {
    private static final CorpusText TEXT = new CorpusText(Map.of(
            "en", List.of("The Danube flows through ten countries before it reaches the Black Sea."),
            "zh", List.of("多瑙河流经十个国家后注入黑海。")));

    @Test
    void givesEveryKindItsShareInTurn() {
        List<QueryMix.Query> queries = QueryMix.generate(TEXT, 8, 1);
        assertThat(queries).extracting(QueryMix.Query::kind).containsExactly(QueryMix.Kind.WORD,
                QueryMix.Kind.TWO_WORDS, QueryMix.Kind.PHRASE, QueryMix.Kind.FILTERED, QueryMix.Kind.WORD,
                QueryMix.Kind.TWO_WORDS, QueryMix.Kind.PHRASE, QueryMix.Kind.FILTERED);
    }

    @Test
    void isTheSameForTheSameSeed() {
        assertThat(QueryMix.generate(TEXT, 20, 7)).isEqualTo(QueryMix.generate(TEXT, 20, 7));
    }

    @Test
    void filteredQueriesNameTheirLanguageAndAThreeYearRange() {
        QueryMix.generate(TEXT, 40, 3).stream().filter(q -> q.kind() == QueryMix.Kind.FILTERED).forEach(q ->
                assertThat(q.parameters()).matches("q=[^&]+&lang=(en|zh)&from=(\\d{4})-01-01&to=\\d{4}-12-31"));
    }

    @Test
    void wordsComeFromTheSentenceAndChineseWordsAreTwoCharacters() {
        for (QueryMix.Query q : QueryMix.generate(TEXT, 40, 5)) {
            String text = URLDecoder.decode(q.parameters().split("&")[0].substring(2), StandardCharsets.UTF_8);
            if (q.kind() == QueryMix.Kind.WORD && text.codePoints().allMatch(Character::isIdeographic)) {
                assertThat(text).hasSize(2);
                assertThat("多瑙河流经十个国家后注入黑海").contains(text);
            } else if (q.kind() == QueryMix.Kind.WORD) {
                assertThat(TEXT.of("en").getFirst()).contains(text);
                assertThat(text.length()).isBetween(4, 14);
            }
        }
    }
}
