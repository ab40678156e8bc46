package gazette.api.search;

import gazette.core.Language;
import gazette.core.PageDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The text fields a query runs over: the neutral fields (every page), the CJK bigram fields, the names fields and
 * the own fields of the query's languages ({@link QueryLanguages}; all of them when the language is unknown), so
 * each field's analyzer analyses the query its own way — English stemming for {@code title_en}, smartcn for
 * {@code title_zh}, pinyin for {@code title.names}. Snippets come from the other fields only: the names fields also
 * mark sound-alikes.
 */
final class SearchFields {
    /** Titles are short and chosen by the author, so a match there says more than one in the body. */
    static final String TITLE_BOOST = "^3";
    /**
     * Beside a language's own fields, which stem and drop stop words, the neutral fields match inflected forms and
     * question words exactly and would otherwise outweigh them; they still rank exact forms first. Measured on
     * XQuAD-R questions (docs/benchmarks.md): half weight found the answer higher in every language with own fields.
     */
    static final String NEUTRAL_TITLE_BESIDE_OWN_BOOST = "^1.5";
    static final String NEUTRAL_BODY_BESIDE_OWN_BOOST = "^0.5";
    /**
     * The names fields match across scripts ("lu zhiyuan" finds 陆治原) but also sound-alikes (every 路 is "lu",
     * every Vietnamese syllable loses its tones), so a match there counts for less than one in the page's own
     * script; in a long body, passing sound-alikes add up, hence the lower body weight.
     */
    static final String TITLE_NAMES_BOOST = "^1.5";
    static final String BODY_NAMES_BOOST = "^0.25";
    /**
     * Name-like words, Cyrillic ones also without their case ending, so Latin "putin" finds "Путина"; as
     * transliterated as the names fields, weighted as the body's.
     */
    static final String NAME_FORMS_BOOST = "^0.25";

    private SearchFields() {}

    /** The fields snippets and highlights may come from, without boosts. */
    static List<String> titles(QueryLanguages languages) {
        return Stream.concat(Stream.of(PageDocument.TITLE, PageDocument.TITLE_CJK),
                languages.searched().stream().map(Language::titleField)).toList();
    }

    static List<String> bodies(QueryLanguages languages) {
        return Stream.concat(Stream.of(PageDocument.BODY, PageDocument.BODY_CJK),
                languages.searched().stream().map(Language::bodyField)).toList();
    }

    /**
     * The own fields of the query's known languages whose analyzers drop a word only as a stop word, so a word
     * they analyse to nothing is a stop word ("the", "кто"). Chinese is left out: its analyzer keeps only Han
     * characters and numbers, so it drops every Latin word.
     */
    static List<String> stopWordFields(QueryLanguages languages) {
        if (!languages.hasOwnFields()) {
            return List.of();
        }
        return languages.searched().stream().filter(l -> l != Language.CHINESE)
                .flatMap(l -> Stream.of(l.titleField(), l.bodyField())).toList();
    }

    /** Field names with boosts, as multi_match takes them. */
    static List<String> boosted(boolean titleOnly, QueryLanguages languages) {
        boolean ownFields = languages.hasOwnFields();
        List<String> fields = new ArrayList<>();
        fields.add(PageDocument.TITLE + (ownFields ? NEUTRAL_TITLE_BESIDE_OWN_BOOST : TITLE_BOOST));
        fields.add(PageDocument.TITLE_CJK + TITLE_BOOST);
        languages.searched().forEach(l -> fields.add(l.titleField() + TITLE_BOOST));
        fields.add(PageDocument.TITLE_NAMES + TITLE_NAMES_BOOST);
        if (!titleOnly) {
            fields.add(PageDocument.BODY + (ownFields ? NEUTRAL_BODY_BESIDE_OWN_BOOST : ""));
            fields.add(PageDocument.BODY_CJK);
            languages.searched().forEach(l -> fields.add(l.bodyField()));
            fields.add(PageDocument.BODY_NAMES + BODY_NAMES_BOOST);
            fields.add(PageDocument.NAMES + NAME_FORMS_BOOST);
        }
        return fields;
    }

    /** The fields snippets may come from, best first for a page in the given language. */
    static List<String> snippetPreference(String language) {
        List<String> order = new ArrayList<>();
        Language.fromTag(language).ifPresent(l -> order.add(l.bodyField()));
        order.add(PageDocument.BODY_CJK);
        order.add(PageDocument.BODY);
        Language.fromTag(language).ifPresent(l -> order.add(l.titleField()));
        order.add(PageDocument.TITLE_CJK);
        order.add(PageDocument.TITLE);
        return order;
    }
}
