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
     * The names fields match across scripts ("lu zhiyuan" finds 陆治原) but also sound-alikes (every 路 is "lu"),
     * so a match there counts half of one in the page's own script.
     */
    static final String TITLE_NAMES_BOOST = "^1.5";
    static final String BODY_NAMES_BOOST = "^0.5";

    private SearchFields() {}

    static List<String> titles(QueryLanguages languages) {
        return Stream.concat(Stream.of(PageDocument.TITLE, PageDocument.TITLE_CJK),
                languages.searched().stream().map(Language::titleField)).toList();
    }

    static List<String> bodies(QueryLanguages languages) {
        return Stream.concat(Stream.of(PageDocument.BODY, PageDocument.BODY_CJK),
                languages.searched().stream().map(Language::bodyField)).toList();
    }

    /** Field names with boosts, as multi_match takes them. */
    static List<String> boosted(boolean titleOnly, QueryLanguages languages) {
        List<String> fields = new ArrayList<>(titles(languages).stream().map(f -> f + TITLE_BOOST).toList());
        fields.add(PageDocument.TITLE_NAMES + TITLE_NAMES_BOOST);
        if (!titleOnly) {
            fields.addAll(bodies(languages));
            fields.add(PageDocument.BODY_NAMES + BODY_NAMES_BOOST);
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
