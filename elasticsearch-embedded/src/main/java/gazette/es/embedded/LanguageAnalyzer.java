package gazette.es.embedded;

import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.el.GreekAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.hi.HindiAnalyzer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;

/**
 * The language analyzers of Elasticsearch's analysis-common module that Gazette uses, each as Elasticsearch builds
 * it: the Lucene analyzer with its default stop words, or the {@code stopwords}/{@code stem_exclusion} of a custom
 * definition.
 */
enum LanguageAnalyzer {
    ARABIC("arabic", ArabicAnalyzer::getDefaultStopSet, ArabicAnalyzer::new),
    CJK("cjk", CJKAnalyzer::getDefaultStopSet, (stop, exclusions) -> new CJKAnalyzer(stop)),
    ENGLISH("english", EnglishAnalyzer::getDefaultStopSet, EnglishAnalyzer::new),
    FINNISH("finnish", FinnishAnalyzer::getDefaultStopSet, FinnishAnalyzer::new),
    FRENCH("french", FrenchAnalyzer::getDefaultStopSet, FrenchAnalyzer::new),
    GERMAN("german", GermanAnalyzer::getDefaultStopSet, GermanAnalyzer::new),
    GREEK("greek", GreekAnalyzer::getDefaultStopSet, (stop, exclusions) -> new GreekAnalyzer(stop)),
    HINDI("hindi", HindiAnalyzer::getDefaultStopSet, HindiAnalyzer::new),
    INDONESIAN("indonesian", IndonesianAnalyzer::getDefaultStopSet, IndonesianAnalyzer::new),
    ITALIAN("italian", ItalianAnalyzer::getDefaultStopSet, ItalianAnalyzer::new),
    PORTUGUESE("portuguese", PortugueseAnalyzer::getDefaultStopSet, PortugueseAnalyzer::new),
    RUSSIAN("russian", RussianAnalyzer::getDefaultStopSet, RussianAnalyzer::new),
    SPANISH("spanish", SpanishAnalyzer::getDefaultStopSet, SpanishAnalyzer::new),
    TURKISH("turkish", TurkishAnalyzer::getDefaultStopSet, TurkishAnalyzer::new);

    private final String esName;
    private final Supplier<CharArraySet> defaultStopWords;
    private final BiFunction<CharArraySet, CharArraySet, Analyzer> factory;

    LanguageAnalyzer(String esName, Supplier<CharArraySet> defaultStopWords,
            BiFunction<CharArraySet, CharArraySet, Analyzer> factory) {
        this.esName = esName;
        this.defaultStopWords = defaultStopWords;
        this.factory = factory;
    }

    /** The analyzer's name and type in Elasticsearch, e.g. {@code english}. */
    String esName() {
        return esName;
    }

    CharArraySet defaultStopWords() {
        return defaultStopWords.get();
    }

    /** Greek and CJK take no stem exclusions in Elasticsearch either, so those ignore the second argument. */
    Analyzer create(CharArraySet stopWords, CharArraySet stemExclusions) {
        return factory.apply(stopWords, stemExclusions);
    }

    /** The analyzer Elasticsearch pre-builds under {@link #esName()}. */
    Analyzer createDefault() {
        return create(defaultStopWords(), CharArraySet.EMPTY_SET);
    }
}
