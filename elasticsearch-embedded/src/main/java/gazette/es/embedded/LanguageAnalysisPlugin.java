package gazette.es.embedded;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.ICUNormalizer2Filter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ko.KoreanAnalyzer;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.elasticsearch.index.analysis.AnalyzerProvider;
import org.elasticsearch.index.analysis.PreBuiltAnalyzerProviderFactory;
import org.elasticsearch.index.analysis.PreConfiguredTokenFilter;
import org.elasticsearch.index.analysis.PreConfiguredTokenizer;
import org.elasticsearch.index.analysis.TokenFilterFactory;
import org.elasticsearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.elasticsearch.indices.analysis.PreBuiltCacheFactory.CachingStrategy;
import org.elasticsearch.plugins.AnalysisPlugin;
import org.elasticsearch.plugins.Plugin;

/**
 * Registers, under Elasticsearch's own names and with its defaults, the analysis components that a distribution gets
 * from the analysis-common module and the analysis-icu, -smartcn, -kuromoji and -nori plugins, none of which is
 * published to Maven Central.
 */
public final class LanguageAnalysisPlugin extends Plugin implements AnalysisPlugin {

    @Override
    public Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> getAnalyzers() {
        return Arrays.stream(LanguageAnalyzer.values()).collect(Collectors.toMap(LanguageAnalyzer::esName,
                language -> (index, env, name, settings) -> new LanguageAnalyzerProvider(language, env, name, settings)));
    }

    @Override
    public List<PreBuiltAnalyzerProviderFactory> getPreBuiltAnalyzerProviderFactories() {
        Stream<PreBuiltAnalyzerProviderFactory> languages = Arrays.stream(LanguageAnalyzer.values())
                .map(language -> preBuilt(language.esName(), language::createDefault));
        // Elasticsearch's plugins build these three from their Lucene defaults too (kuromoji: search mode).
        Stream<PreBuiltAnalyzerProviderFactory> plugins = Stream.of(preBuilt("smartcn", SmartChineseAnalyzer::new),
                preBuilt("kuromoji", JapaneseAnalyzer::new), preBuilt("nori", KoreanAnalyzer::new));
        return Stream.concat(languages, plugins).toList();
    }

    private static PreBuiltAnalyzerProviderFactory preBuilt(String name, Supplier<Analyzer> analyzer) {
        return new PreBuiltAnalyzerProviderFactory(name, CachingStrategy.LUCENE, analyzer);
    }

    @Override
    public List<PreConfiguredTokenizer> getPreConfiguredTokenizers() {
        return List.of(PreConfiguredTokenizer.singleton("icu_tokenizer", ICUTokenizer::new),
                PreConfiguredTokenizer.singleton("smartcn_tokenizer", HMMChineseTokenizer::new),
                PreConfiguredTokenizer.singleton("kuromoji_tokenizer", LanguageAnalysisPlugin::kuromojiTokenizer),
                PreConfiguredTokenizer.singleton("nori_tokenizer", KoreanTokenizer::new));
    }

    /** Unlike the kuromoji analyzer, Elasticsearch's tokenizer keeps compound tokens by default (discard_compound_token=false). */
    private static JapaneseTokenizer kuromojiTokenizer() {
        return new JapaneseTokenizer(null, true, false, JapaneseTokenizer.DEFAULT_MODE);
    }

    @Override
    public List<PreConfiguredTokenFilter> getPreConfiguredTokenFilters() {
        return List.of(PreConfiguredTokenFilter.singleton("icu_folding", true, ICUFoldingFilter::new),
                PreConfiguredTokenFilter.singleton("icu_normalizer", true, ICUNormalizer2Filter::new),
                PreConfiguredTokenFilter.singleton("cjk_width", true, CJKWidthFilter::new),
                PreConfiguredTokenFilter.singleton("cjk_bigram", false, CJKBigramFilter::new),
                PreConfiguredTokenFilter.singleton("porter_stem", false, PorterStemFilter::new));
    }

    @Override
    public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
        return Map.of("icu_transform", (index, env, name, settings) -> new IcuTransformFilterFactory(name, settings));
    }
}
