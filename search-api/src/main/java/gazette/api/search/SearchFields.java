package gazette.api.search;

import gazette.core.Language;
import gazette.core.PageDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The text fields a query runs over: the neutral fields (every page), the CJK bigram fields and each language's
 * own fields. A query goes to all of them so each field's analyzer analyses it its own way — English stemming for
 * {@code title_en}, smartcn for {@code title_zh} — without guessing the query's language.
 */
final class SearchFields {
    /** Titles are short and chosen by the author, so a match there says more than one in the body. */
    static final String TITLE_BOOST = "^3";

    private SearchFields() {}

    static List<String> titles() {
        return Stream.concat(Stream.of(PageDocument.TITLE, PageDocument.TITLE_CJK),
                Stream.of(Language.values()).map(Language::titleField)).toList();
    }

    static List<String> bodies() {
        return Stream.concat(Stream.of(PageDocument.BODY, PageDocument.BODY_CJK),
                Stream.of(Language.values()).map(Language::bodyField)).toList();
    }

    /** Field names with boosts, as multi_match takes them. */
    static List<String> boosted(boolean titleOnly) {
        List<String> fields = new ArrayList<>(titles().stream().map(f -> f + TITLE_BOOST).toList());
        if (!titleOnly) {
            fields.addAll(bodies());
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
