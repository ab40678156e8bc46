package gazette.api.search;

import gazette.core.Language;
import gazette.core.LanguageDetector;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which languages' own fields a query runs over; the neutral, CJK bigram and names fields are always searched.
 *
 * @param languages the languages whose {@code title_<code>}/{@code body_<code>} fields are searched
 * @param all       nobody could tell the language: every language's fields are searched
 */
record QueryLanguages(Set<Language> languages, boolean all) {
    static final QueryLanguages ALL = new QueryLanguages(Set.of(), true);

    QueryLanguages {
        languages = languages.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(languages));
    }

    /**
     * An explicit {@code lang} filter decides: only pages in those languages can match, and only their fields hold
     * text. Otherwise the detector's plausible languages, or every language when it cannot tell. Languages without
     * fields of their own (Turkish, Thai, …) are searched through the neutral fields only.
     */
    static QueryLanguages choose(SearchParams params, LanguageDetector detector) {
        if (!params.languages().isEmpty()) {
            return of(params.languages());
        }
        String text = params.query().positiveTerms().stream().map(ParsedQuery.Term::text)
                .collect(Collectors.joining(" "));
        List<String> plausible = text.isEmpty() ? List.of() : detector.plausible(text);
        return plausible.isEmpty() ? ALL : of(plausible);
    }

    static QueryLanguages of(List<String> tags) {
        Set<Language> languages = tags.stream().map(Language::fromTag).flatMap(Optional::stream)
                .collect(Collectors.toSet());
        return new QueryLanguages(languages, false);
    }

    /** True when the query's language is known and has fields of its own, which then carry most of the score. */
    boolean hasOwnFields() {
        return !all && !languages.isEmpty();
    }

    /** True when the query's language is known but has no fields of its own (Vietnamese, Thai, …). */
    boolean knownWithoutOwnFields() {
        return !all && languages.isEmpty();
    }

    /** The languages whose fields are searched, in {@link Language} order. */
    List<Language> searched() {
        return all ? List.of(Language.values())
                : Arrays.stream(Language.values()).filter(languages::contains).toList();
    }
}
