package gazette.api.search;

import java.util.List;
import java.util.stream.Stream;

/**
 * A user's query after parsing: every group must match (a group matches when any of its terms does), and no
 * excluded term may match. Terms are plain text for the analyzers, never query syntax.
 *
 * @param groups   conjunction of disjunctions; a group of one term is a plain required term
 * @param excluded terms that must not match
 */
public record ParsedQuery(List<List<Term>> groups, List<Term> excluded) {

    public ParsedQuery {
        groups = groups.stream().map(List::copyOf).toList();
        excluded = List.copyOf(excluded);
    }

    /** A word or phrase, optionally restricted to titles. */
    public record Term(String text, boolean phrase, boolean titleOnly) {
        /** The term in the query syntax, e.g. {@code title:"old age"}. */
        public String render() {
            String body = phrase ? '"' + text + '"' : text;
            return titleOnly ? "title:" + body : body;
        }
    }

    public static ParsedQuery empty() {
        return new ParsedQuery(List.of(), List.of());
    }

    /** True when nothing is required, so every document (less the excluded ones) matches. */
    public boolean hasNoRequiredTerms() {
        return groups.isEmpty();
    }

    /** The positive words and phrases as plain text, in order: what proximity and suggestions work on. */
    public List<Term> positiveTerms() {
        return groups.stream().flatMap(List::stream).toList();
    }

    public int termCount() {
        return positiveTerms().size() + excluded.size();
    }

    /** The query in canonical syntax, e.g. {@code a OR b "c d" -e}. */
    public String render() {
        Stream<String> required = groups.stream()
                .map(g -> String.join(" OR ", g.stream().map(Term::render).toList()));
        Stream<String> not = excluded.stream().map(t -> "-" + t.render());
        return String.join(" ", Stream.concat(required, not).toList());
    }
}
