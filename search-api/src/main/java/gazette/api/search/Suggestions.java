package gazette.api.search;

import co.elastic.clients.elasticsearch.core.search.Suggestion;
import co.elastic.clients.elasticsearch.core.search.TermSuggest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds "did you mean" from the term suggester's answer: each misspelt word replaced by the closest indexed
 * word, the rest of the query (phrases, exclusions, OR, title:) kept as typed.
 */
final class Suggestions {
    private Suggestions() {}

    static <T> String from(Map<String, List<Suggestion<T>>> suggest, ParsedQuery query) {
        List<Suggestion<T>> entries = suggest == null ? List.of()
                : suggest.getOrDefault(SearchRequests.SUGGESTION, List.of());
        Map<Integer, TermSuggest> byOffset = new HashMap<>();
        entries.stream().filter(Suggestion::isTerm).map(Suggestion::term)
                .filter(t -> !t.options().isEmpty())
                .forEach(t -> byOffset.put(t.offset(), t));
        return byOffset.isEmpty() ? null : replace(query, byOffset).render();
    }

    /**
     * Walks the words in the order {@link SearchRequests#suggestText} joined them, tracking each word's offset in
     * that text; a word is replaced only when the suggestion covers all of it.
     */
    private static ParsedQuery replace(ParsedQuery query, Map<Integer, TermSuggest> byOffset) {
        int offset = 0;
        List<List<ParsedQuery.Term>> groups = new ArrayList<>();
        for (List<ParsedQuery.Term> group : query.groups()) {
            List<ParsedQuery.Term> fixed = new ArrayList<>();
            for (ParsedQuery.Term t : group) {
                boolean suggestable = !t.phrase() && !t.titleOnly();
                fixed.add(suggestable ? fix(t, byOffset.get(offset)) : t);
                offset += suggestable ? t.text().length() + 1 : 0;
            }
            groups.add(fixed);
        }
        return new ParsedQuery(groups, query.excluded());
    }

    private static ParsedQuery.Term fix(ParsedQuery.Term word, TermSuggest suggestion) {
        boolean whole = suggestion != null && suggestion.length() == word.text().length();
        return whole ? new ParsedQuery.Term(suggestion.options().getFirst().text(), false, false) : word;
    }
}
