package gazette.es.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.icu.ICUTransformFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.elasticsearch.common.settings.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The embedded {@code icu_transform} gives the tokens of Lucene's filter, which a real cluster's plugin uses. */
class IcuTransformFilterFactoryTest {
    /** The pages index's names transliteration ({@code gazette_latin}). */
    private static final String NAMES = "Null; [:Han:] Han-Latin/Names; [:Greek:] Greek-Latin/UNGEGN; "
            + "[:Cyrillic:] Russian-Latin/BGN; [:^Latin:] Any-Latin; Latin-ASCII; [^[:Letter:][:Number:]] Remove";
    private static final String MIXED = "Minister Straße santé école e\u0301cole ＡＢＣ ﬁnance Œuvre İstanbul "
            + "министр Путин Ελλάδα Μητσοτάκης 習近平 习近平 東京 北京召开会议 한국어 ひらがな カタカナ مرحبا हिन्दी "
            + "COVID-19 2024年 ½ Ⅻ x² ① 𝐀 ℌ Müller-Lüdenscheidt "
            + "Donaudampfschifffahrtsgesellschaftskapitänsmützenfabrikant Всероссийскийнаучноисследовательскийинститут";

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {NAMES, "Traditional-Simplified", "[^[:Han:][:Number:]] Remove", "Any-Latin; Latin-ASCII"})
    void givesTheTokensOfLucenesFilterOnMixedScripts(String id) throws IOException {
        String text = String.join(" ", MIXED, MIXED, new StringBuilder(MIXED).reverse(), MIXED);
        List<String> lucene = tokens(text, in -> new ICUTransformFilter(in, Transliterator.getInstance(id)));
        IcuTransformFilterFactory factory = new IcuTransformFilterFactory("t", Settings.builder().put("id", id).build());

        assertThat(tokens(text, factory::create)).isEqualTo(lucene);
        // A cache smaller than the text's vocabulary starts afresh many times and must still not change a token.
        Transliterator fresh = IcuTransformFilterFactory.withSourceFilter(Transliterator.getInstance(id));
        assertThat(tokens(text, in -> new IcuTransformFilterFactory.CachingTransformFilter(in, fresh, 3)))
                .isEqualTo(lucene);
    }

    @Test
    void transliteratesNamesToAscii() throws IOException {
        IcuTransformFilterFactory factory = new IcuTransformFilterFactory("t", Settings.builder().put("id", NAMES)
                .build());
        assertThat(tokens("Straße Путин 習近平 Μητσοτάκης Путин Straße", factory::create).stream()
                .map(t -> t.substring(0, t.indexOf(' '))).toList())
                .containsExactly("Strasse", "Putin", "xi", "jin", "ping", "Mitsotakis", "Putin", "Strasse");
    }

    /** Each token as "term start-end +increment". */
    private static List<String> tokens(String text, Function<TokenStream, TokenStream> filter) throws IOException {
        Tokenizer tokenizer = new StandardTokenizer();
        tokenizer.setReader(new StringReader(text));
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = filter.apply(tokenizer)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term + " " + offset.startOffset() + "-" + offset.endOffset() + " +"
                        + increment.getPositionIncrement());
            }
            stream.end();
        }
        return tokens;
    }
}
