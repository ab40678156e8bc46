package gazette.es.embedded;

import com.ibm.icu.text.Transliterator;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.icu.ICUTransformFilter;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;

/**
 * The {@code icu_transform} token filter with Elasticsearch's parameters: {@code id} (an ICU transform id, default
 * {@code Null}) and {@code dir} ({@code forward} or {@code reverse}).
 */
final class IcuTransformFilterFactory extends AbstractTokenFilterFactory {
    private final Transliterator transliterator;

    IcuTransformFilterFactory(String name, Settings settings) {
        super(name);
        String id = settings.get("id", "Null");
        int direction = "forward".equals(settings.get("dir", "forward")) ? Transliterator.FORWARD : Transliterator.REVERSE;
        this.transliterator = Transliterator.getInstance(id, direction);
    }

    @Override
    public TokenStream create(TokenStream input) {
        return new ICUTransformFilter(input, transliterator);
    }
}
