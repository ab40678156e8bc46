package gazette.es.embedded;

import com.ibm.icu.text.RuleBasedTransliterator;
import com.ibm.icu.text.Transliterator;
import com.ibm.icu.text.UnicodeSet;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;

/**
 * The {@code icu_transform} token filter with Elasticsearch's parameters: {@code id} (an ICU transform id, default
 * {@code Null}) and {@code dir} ({@code forward} or {@code reverse}). Its tokens are those of Lucene's
 * {@code ICUTransformFilter}, which the analysis-icu plugin of a real cluster uses; it only remembers the transform
 * of recent tokens.
 */
final class IcuTransformFilterFactory extends AbstractTokenFilterFactory {
    private final Transliterator transliterator;

    IcuTransformFilterFactory(String name, Settings settings) {
        super(name);
        String id = settings.get("id", "Null");
        int direction = "forward".equals(settings.get("dir", "forward")) ? Transliterator.FORWARD : Transliterator.REVERSE;
        this.transliterator = withSourceFilter(Transliterator.getInstance(id, direction));
    }

    @Override
    public TokenStream create(TokenStream input) {
        return new CachingTransformFilter(input, transliterator, CachingTransformFilter.MAX_ENTRIES);
    }

    /**
     * What {@code ICUTransformFilter}'s constructor does to a single rule-based transform (it is not the case of a
     * compound id): a filter of the characters it can change, so it skips the others faster. Same output.
     */
    @SuppressWarnings("deprecation")
    static Transliterator withSourceFilter(Transliterator transliterator) {
        if (transliterator.getFilter() == null && transliterator instanceof RuleBasedTransliterator) {
            UnicodeSet source = transliterator.getSourceSet();
            if (source != null && !source.isEmpty()) {
                transliterator.setFilter(source);
            }
        }
        return transliterator;
    }

    /**
     * Transforms each token whole and in place, as {@code ICUTransformFilter} does, and keeps the results of up to
     * {@code maxEntries} distinct short tokens: text repeats its words, and a compound transform such as the names
     * transliteration (Han, Greek, Cyrillic and any script to Latin, then ASCII) costs 1 to 25 µs a token even when
     * it changes nothing (about half of that saved on xquad-r, {@code docs/benchmarks.md}). The cache starts afresh
     * when full. One instance serves one thread at a time, as every Lucene token stream does, so the map needs no
     * lock.
     */
    static final class CachingTransformFilter extends TokenFilter {
        static final int MAX_ENTRIES = 4096;
        /** Longer tokens are rare and seldom repeat: not worth their memory. */
        static final int MAX_CACHED_LENGTH = 32;

        private final Transliterator transliterator;
        private final int maxEntries;
        private final Map<String, String> transformed = new HashMap<>();
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final TermReplaceable replaceable = new TermReplaceable(term);

        CachingTransformFilter(TokenStream input, Transliterator transliterator, int maxEntries) {
            super(input);
            this.transliterator = transliterator;
            this.maxEntries = maxEntries;
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            if (term.length() > MAX_CACHED_LENGTH) {
                transformTerm();
                return true;
            }
            String text = term.toString();
            String result = transformed.get(text);
            if (result != null) {
                term.setEmpty().append(result);
                return true;
            }
            transformTerm();
            if (transformed.size() >= maxEntries) {
                transformed.clear();
            }
            transformed.put(text, term.toString());
            return true;
        }

        /** The call {@code ICUTransformFilter} makes, in place, the whole token being the context. */
        private void transformTerm() {
            replaceable.reset();
            int length = term.length();
            transliterator.filteredTransliterate(replaceable, new Transliterator.Position(0, length, 0, length), false);
        }
    }
}
