package gazette.core;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages Gazette analyses with a dedicated analyzer. Each has its own {@code title_<code>} and
 * {@code body_<code>} fields in the pages index; every other language is searched through the neutral fields.
 */
public enum Language {
    ENGLISH("en"), FRENCH("fr"), GERMAN("de"), SPANISH("es"), PORTUGUESE("pt"), ITALIAN("it"), RUSSIAN("ru"),
    GREEK("el"), FINNISH("fi"), INDONESIAN("id"), ARABIC("ar"), TURKISH("tr"), HINDI("hi"), CHINESE("zh"),
    JAPANESE("ja"), KOREAN("ko");

    /** The code used for pages whose language could not be determined. */
    public static final String UNDETERMINED = "und";

    private final String code;

    Language(String code) {
        this.code = code;
    }

    /** The BCP-47 primary language code, e.g. {@code en}. */
    public String code() {
        return code;
    }

    public String titleField() {
        return "title_" + code;
    }

    public String bodyField() {
        return "body_" + code;
    }

    /** True for the languages written without spaces between words, which also get the CJK bigram field. */
    public boolean isCjk() {
        return this == CHINESE || this == JAPANESE || this == KOREAN;
    }

    /** The language for a BCP-47 tag such as {@code zh-Hans-CN} or {@code EN_us}, if Gazette analyses it. */
    public static Optional<Language> fromTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String primary = tag.strip().replace('_', '-').split("-", 2)[0].toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(l -> l.code.equals(primary)).findFirst();
    }
}
