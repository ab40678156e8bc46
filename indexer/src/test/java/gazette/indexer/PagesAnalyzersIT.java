package gazette.indexer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import co.elastic.clients.elasticsearch.indices.analyze.AnalyzeToken;
import gazette.testing.TestElasticsearch;
import gazette.testing.WithElasticsearch;
import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The pages index's own analyzers, as its definition declares them: text in, exact tokens out, via {@code _analyze}. */
@WithElasticsearch
class PagesAnalyzersIT {
    private static String index;
    private static TestElasticsearch es;

    @BeforeAll
    static void create(TestElasticsearch cluster) {
        es = cluster;
        index = new IndexLifecycle(cluster.client()).recreate(cluster.index());
    }

    static Stream<Arguments> analyzers() {
        return Stream.of(
                // Pinyin syllables are also indexed joined, so "zhiyuan" and "luzhiyuan" match 陆治原.
                arguments("gazette_names", "陆治原", List.of("lu", "luzhi", "luzhiyuan", "zhi", "zhiyuan", "yuan")),
                arguments("gazette_names_search", "陸治原", List.of("lu", "zhi", "yuan")),
                arguments("gazette_names_search", "Μητσοτάκης Путин Зеленский", List.of("mitsotakis", "putin", "zelenskiy")),
                arguments("gazette_names_search", "Müller O’Brien Ｍüｌｌｅｒ", List.of("muller", "obrien", "muller")),
                arguments("gazette_names_search", "プーチン", List.of("puchin")),
                arguments("gazette_cjk", "陸治原 國家語言", List.of("陆治", "治原", "国家", "家语", "语言")),
                arguments("gazette_cjk", "ｶﾀｶﾅ", List.of("カタ", "タカ", "カナ")),
                // smartcn cuts other scripts letter by letter; the neutral fields have them whole.
                arguments("gazette_zh", "国家老龄办召开会议。Путина running 2024年",
                        List.of("国家", "老龄", "办", "召开", "会议", "2024", "年")),
                // The neutral fields keep diacritics (Vietnamese tones tell words apart); the names fields fold them.
                arguments("gazette_neutral", "Ｍüller ÉCOLE Việt Nam", List.of("müller", "école", "việt", "nam")),
                // Russian case endings on names: the Russian field folds them, so "Путин" finds "Путина"...
                arguments("russian", "Путин Путина Путину Путиным", List.of("путин", "путин", "путин", "путин")),
                // ...while the names field transliterates what is written; a Latin "putin" misses "Путина" there
                // (stemming every Cyrillic word there made Latin "pension" match Russian "пенсионного").
                arguments("gazette_names_search", "Путина", List.of("putina")));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("analyzers")
    void analyzer(String analyzer, String text, List<String> tokens) throws IOException {
        List<String> actual = es.client().indices().analyze(a -> a.index(index).analyzer(analyzer).text(text))
                .tokens().stream().map(AnalyzeToken::token).toList();
        assertThat(actual).isEqualTo(tokens);
    }
}
