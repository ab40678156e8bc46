package gazette.extraction.lang;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import gazette.core.LanguageDetector;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Guesses the languages of a search query (usually one to six words): the script decides where it names one
 * language (hangul, kana, Thai, Devanagari, Greek, Arabic, Cyrillic) or two (Han alone: Chinese, then Japanese);
 * letters only Vietnamese or Turkish use decide those; other Latin text goes to Lingua, and every language scoring
 * close to the best is returned, or nothing when too many are (a bare name, a word shared by many languages).
 * Thread-safe. Lingua's models load on the first Latin query (a few seconds, about 250 MB), once per JVM.
 */
public final class QueryLanguages implements LanguageDetector {
    private static final Language[] LATIN = {Language.ENGLISH, Language.FRENCH, Language.GERMAN, Language.SPANISH,
        Language.PORTUGUESE, Language.ITALIAN, Language.TURKISH, Language.VIETNAMESE, Language.FINNISH,
        Language.INDONESIAN};
    /** Lingua's values are relative to the best language (1.0); a close call stays above this. */
    private static final double CLOSE = 0.9;
    private static final int MAX_CANDIDATES = 3;
    private static final int MIN_LETTERS = 3;
    private static final String VIETNAMESE = "ăđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹĩũ";
    private static final String TURKISH = "ığş";

    private static final class Holder {
        static final com.github.pemistahl.lingua.api.LanguageDetector DETECTOR =
                LanguageDetectorBuilder.fromLanguages(LATIN).build();
    }

    @Override
    public List<String> plausible(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String query = text.strip().toLowerCase(Locale.ROOT);
        QueryScripts scripts = QueryScripts.of(query);
        if (scripts.letters() < MIN_LETTERS && scripts.byScript().isEmpty()) {
            return List.of();
        }
        if (!scripts.byScript().isEmpty()) {
            return scripts.byScript();
        }
        if (containsAny(query, VIETNAMESE)) {
            return List.of("vi");
        }
        if (containsAny(query, TURKISH)) {
            return List.of("tr");
        }
        return byModel(query);
    }

    private static List<String> byModel(String query) {
        Map<Language, Double> confidence = Holder.DETECTOR.computeLanguageConfidenceValues(query);
        List<String> out = new ArrayList<>();
        for (Map.Entry<Language, Double> e : confidence.entrySet()) {
            if (e.getValue() >= CLOSE) {
                out.add(e.getKey().getIsoCode639_1().toString().toLowerCase(Locale.ROOT));
            }
        }
        return out.size() > MAX_CANDIDATES ? List.of() : List.copyOf(out);
    }

    private static boolean containsAny(String text, String letters) {
        for (int i = 0; i < text.length(); i++) {
            if (letters.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
