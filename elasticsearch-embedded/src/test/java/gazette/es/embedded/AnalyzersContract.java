package gazette.es.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.indices.AnalyzeRequest;
import co.elastic.clients.elasticsearch.indices.analyze.AnalyzeToken;
import co.elastic.clients.util.ObjectBuilder;
import java.io.IOException;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The analysis components Gazette relies on, one table row per analyzer, tokenizer and token filter: text in, exact
 * tokens out, through {@code _analyze}. Written once and run against each Elasticsearch a subclass connects to (the
 * embedded node, and in test-support the official Docker image with its plugins), so the two cannot drift apart.
 */
public abstract class AnalyzersContract {

    /** The cluster under test. */
    protected abstract ElasticsearchClient client();

    public static Stream<Arguments> analyzers() {
        return Stream.of(
                arguments("english", "The Minister's foxes are running", List.of("minist", "fox", "run")),
                arguments("french", "L'Assemblée nationale a adopté les nouvelles lois",
                        List.of("asembl", "national", "a", "adopt", "nouvel", "loi")),
                arguments("german", "Die Bundesregierung veröffentlicht neue Gesetze",
                        List.of("bundesregierung", "veroffentlicht", "neu", "gesetz")),
                arguments("spanish", "El gobierno publicó las nuevas leyes", List.of("gobiern", "public", "nuev", "ley")),
                arguments("portuguese", "O governo anunciou novas medidas econômicas",
                        List.of("govern", "anunciou", "nova", "medid", "economic")),
                arguments("italian", "Il governo ha approvato le nuove leggi",
                        List.of("govern", "approvat", "nuove", "leggi")),
                arguments("russian", "пенсионного обеспечения", List.of("пенсион", "обеспечен")),
                arguments("greek", "Η κυβέρνηση ανακοίνωσε νέα μέτρα", List.of("κυβερνησ", "ανακοινωσ", "νεα", "μετρ")),
                arguments("finnish", "Hallitus julkaisi uudet säännöt", List.of("hallitus", "julkai", "uude", "säänö")),
                arguments("indonesian", "Kementerian mengumumkan peraturan baru", List.of("menteri", "umum", "atur", "baru")),
                arguments("arabic", "أعلنت الحكومة عن إجراءات جديدة", List.of("اعلنت", "حكوم", "اجراء", "جديد")),
                arguments("cjk", "国家老龄办", List.of("国家", "家老", "老龄", "龄办")),
                arguments("smartcn", "国家老龄办主任会议在北京召开",
                        List.of("国家", "老龄", "办", "主任", "会议", "在", "北京", "召开")),
                arguments("kuromoji", "政府は新しい政策を発表しました", List.of("政府", "新しい", "政策", "発表")),
                arguments("nori", "대한민국 정부는 새로운 정책을 발표했다", List.of("대한", "민국", "정부", "새롭", "정책", "발표")));
    }

    public static Stream<Arguments> tokenizers() {
        return Stream.of(
                arguments("icu_tokenizer", "国家老龄办 ประกาศกระทรวง 2024年",
                        List.of("国家", "老", "龄", "办", "ประกาศ", "กระทรวง", "2024", "年")),
                // smartcn turns every punctuation mark into ","; its analyzer's stop words drop them.
                arguments("smartcn_tokenizer", "北京召开会议。", List.of("北京", "召开", "会议", ",")),
                // Unlike the kuromoji analyzer, the tokenizer keeps the compound by default.
                arguments("kuromoji_tokenizer", "関西国際空港", List.of("関西", "関西国際空港", "国際", "空港")),
                arguments("nori_tokenizer", "대한민국", List.of("대한", "민국")));
    }

    /** Rows: filter, the tokenizer before it, text, tokens. */
    public static Stream<Arguments> filters() {
        return Stream.of(
                arguments("icu_folding", "standard", "Müller ÉCOLE", List.of("muller", "ecole")),
                arguments("icu_normalizer", "standard", "Ｇａｚｅｔｔｅ ﬁnance Straße", List.of("gazette", "finance", "strasse")),
                arguments("cjk_width", "standard", "Ｇａｚｅｔｔｅ ２０２４ ｶﾀｶﾅ", List.of("Gazette", "2024", "カタカナ")),
                arguments("cjk_bigram", "standard", "北京召开会议", List.of("北京", "京召", "召开", "开会", "会议")),
                arguments("porter_stem", "standard", "running foxes", List.of("run", "fox")));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("analyzers")
    public void analyzer(String analyzer, String text, List<String> tokens) throws IOException {
        assertThat(tokens(a -> a.analyzer(analyzer).text(text))).isEqualTo(tokens);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("tokenizers")
    public void tokenizer(String tokenizer, String text, List<String> tokens) throws IOException {
        assertThat(tokens(a -> a.tokenizer(t -> t.name(tokenizer)).text(text))).isEqualTo(tokens);
    }

    @ParameterizedTest(name = "{0} after {1}: {2}")
    @MethodSource("filters")
    public void filter(String filter, String tokenizer, String text, List<String> tokens) throws IOException {
        assertThat(tokens(a -> a.tokenizer(t -> t.name(tokenizer)).filter(f -> f.name(filter)).text(text)))
                .isEqualTo(tokens);
    }

    @Test
    public void icuTransformTraditionalToSimplified() throws IOException {
        assertThat(tokens(a -> a.tokenizer(t -> t.name("icu_tokenizer"))
                .filter(f -> f.definition(d -> d.icuTransform(i -> i.id("Traditional-Simplified"))))
                .text("國家語言政策")))
                .isEqualTo(List.of("国家", "语言", "政策"));
    }

    private List<String> tokens(Function<AnalyzeRequest.Builder, ObjectBuilder<AnalyzeRequest>> request)
            throws IOException {
        return client().indices().analyze(request).tokens().stream().map(AnalyzeToken::token).toList();
    }
}
