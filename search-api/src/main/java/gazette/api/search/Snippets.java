package gazette.api.search;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Picks a hit's snippets from the highlighted fields and makes sure only {@code <mark>} survives as markup.
 * The same text is indexed under several analyzers; the field whose fragments mark the most matches wins, the
 * page's own language field first on a tie, and body fragments before title ones.
 */
final class Snippets {
    static final String OPEN = "<mark>";
    static final String CLOSE = "</mark>";
    private static final Pattern MARK = Pattern.compile(Pattern.quote(OPEN));
    /** Paragraph breaks inside a fragment mean nothing in a one-line snippet. */
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern TAG_OR_MARKUP = Pattern.compile("</?mark>|[<>\"']");

    private Snippets() {}

    static List<String> choose(Map<String, List<String>> highlight, String language) {
        Map<String, List<String>> cleaned = new HashMap<>();
        highlight.forEach((field, fragments) -> cleaned.put(field, clean(fragments)));
        List<String> order = SearchFields.snippetPreference(language);
        List<String> bodies = order.stream().filter(f -> f.startsWith("body")).toList();
        List<String> titles = order.stream().filter(f -> !bodies.contains(f)).toList();
        return best(cleaned, bodies).or(() -> best(cleaned, titles)).map(cleaned::get)
                .orElseGet(() -> cleaned.getOrDefault(bodies.getLast(), List.of()));
    }

    /** The field with the most marks; on a tie, the one earliest in {@code fields}. */
    private static Optional<String> best(Map<String, List<String>> cleaned, List<String> fields) {
        return fields.stream().filter(f -> marks(cleaned.getOrDefault(f, List.of())) > 0)
                .max(Comparator.comparingInt((String f) -> marks(cleaned.get(f)))
                        .thenComparing(f -> -fields.indexOf(f)));
    }

    private static int marks(List<String> fragments) {
        return fragments.stream().mapToInt(f -> (int) MARK.matcher(f).results().count()).sum();
    }

    private static List<String> clean(List<String> fragments) {
        return fragments.stream().map(Snippets::sanitize).map(f -> SPACE.matcher(f).replaceAll(" ").strip())
                .filter(f -> !f.isEmpty()).toList();
    }

    /**
     * Escapes any markup but our own tags (the highlighter's HTML encoder should leave none; this holds even if it
     * did not), joins adjacent marks (CJK bigrams mark a word in overlapping pieces) and drops unbalanced tags.
     */
    static String sanitize(String fragment) {
        Matcher m = TAG_OR_MARKUP.matcher(fragment);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(escape(m.group())));
        }
        m.appendTail(out);
        String joined = out.toString().replace(CLOSE + OPEN, "");
        return balanced(joined) ? joined : joined.replace(OPEN, "").replace(CLOSE, "");
    }

    private static String escape(String token) {
        return switch (token) {
            case OPEN, CLOSE -> token;
            case "<" -> "&lt;";
            case ">" -> "&gt;";
            case "\"" -> "&quot;";
            default -> "&#39;";
        };
    }

    /** Every open tag closed before the next opens, none left open. */
    private static boolean balanced(String s) {
        int depth = 0;
        Matcher m = Pattern.compile("</?mark>").matcher(s);
        while (m.find()) {
            depth += m.group().equals(OPEN) ? 1 : -1;
            if (depth < 0 || depth > 1) {
                return false;
            }
        }
        return depth == 0;
    }
}
