package gazette.es.embedded;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.analysis.AbstractIndexAnalyzerProvider;
import org.elasticsearch.index.analysis.Analysis;

/** A language analyzer defined in index settings ({@code "type": "english", "stopwords": ...}), read as Elasticsearch does. */
final class LanguageAnalyzerProvider extends AbstractIndexAnalyzerProvider<Analyzer> {
    private final Analyzer analyzer;

    LanguageAnalyzerProvider(LanguageAnalyzer language, Environment env, String name, Settings settings) {
        super(name);
        CharArraySet stopWords = Analysis.parseStopWords(env, settings, language.defaultStopWords());
        CharArraySet stemExclusions = Analysis.parseStemExclusion(settings, CharArraySet.EMPTY_SET);
        this.analyzer = language.create(stopWords, stemExclusions);
    }

    @Override
    public Analyzer get() {
        return analyzer;
    }
}
