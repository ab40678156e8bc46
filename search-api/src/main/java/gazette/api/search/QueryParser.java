package gazette.api.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses Gazette's query syntax — words, {@code "exact phrases"}, {@code -excluded}, {@code OR}, {@code title:} —
 * into a {@link ParsedQuery}. Never fails on any input: an unbalanced quote runs to the end, characters that are
 * operators elsewhere (Lucene's {@code AND ( ) : * ~ ^ \ /}) are plain text here, and terms with no letter or
 * digit are dropped because no analyzer would keep them.
 */
public final class QueryParser {
    private static final String TITLE_PREFIX = "title:";

    private QueryParser() {}

    public static ParsedQuery parse(String input) {
        if (input == null || input.isBlank()) {
            return ParsedQuery.empty();
        }
        return new Scanner(input).run();
    }

    /** A term as read, before grouping: its sign and whether an OR stood before it. */
    private record Token(ParsedQuery.Term term, boolean excluded, boolean afterOr) {}

    /** One pass over the characters: a state machine whose state is {@code pos}, the pending OR and prefixes. */
    private static final class Scanner {
        private final String s;
        private int pos;
        private boolean pendingOr;
        private final List<Token> tokens = new ArrayList<>();

        Scanner(String s) {
            this.s = s;
        }

        ParsedQuery run() {
            while (skipSpace()) {
                readToken();
            }
            return group(tokens);
        }

        private boolean skipSpace() {
            while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
                pos++;
            }
            return pos < s.length();
        }

        private void readToken() {
            boolean excluded = nextIsTermAfter('-') && consume("-");
            boolean title = consumeIgnoreCase(TITLE_PREFIX);
            if (title && !skipSpace()) {
                return;
            }
            boolean phrase = consume("\"");
            String text = phrase ? readUntil('"') : readWord();
            if (!phrase && !excluded && !title && isOperator(text)) {
                pendingOr |= text.equals("OR");
                return;
            }
            addTerm(clean(text), phrase, title, excluded);
        }

        private void addTerm(String text, boolean phrase, boolean title, boolean excluded) {
            if (!hasLetterOrDigit(text)) {
                return;
            }
            tokens.add(new Token(new ParsedQuery.Term(text, phrase, title), excluded, pendingOr));
            pendingOr = false;
        }

        private String readUntil(char end) {
            int close = s.indexOf(end, pos);
            String text = close < 0 ? s.substring(pos) : s.substring(pos, close);
            pos = close < 0 ? s.length() : close + 1;
            return text;
        }

        private String readWord() {
            int start = pos;
            while (pos < s.length() && !Character.isWhitespace(s.charAt(pos)) && s.charAt(pos) != '"') {
                pos++;
            }
            return s.substring(start, pos);
        }

        /** A minus sign excludes only when a term follows it directly; "a - b" is two words. */
        private boolean nextIsTermAfter(char c) {
            return s.charAt(pos) == c && pos + 1 < s.length() && !Character.isWhitespace(s.charAt(pos + 1));
        }

        private boolean consume(String prefix) {
            if (s.startsWith(prefix, pos)) {
                pos += prefix.length();
                return true;
            }
            return false;
        }

        private boolean consumeIgnoreCase(String prefix) {
            if (s.regionMatches(true, pos, prefix, 0, prefix.length())) {
                pos += prefix.length();
                return true;
            }
            return false;
        }
    }

    /** Joins each term preceded by OR to the previous group; excluded terms never join a group. */
    private static ParsedQuery group(List<Token> tokens) {
        List<List<ParsedQuery.Term>> groups = new ArrayList<>();
        List<ParsedQuery.Term> excluded = new ArrayList<>();
        boolean lastWasRequired = false;
        for (Token t : tokens) {
            if (t.excluded()) {
                excluded.add(t.term());
            } else if (t.afterOr() && lastWasRequired) {
                groups.getLast().add(t.term());
            } else {
                groups.add(new ArrayList<>(List.of(t.term())));
            }
            lastWasRequired = !t.excluded();
        }
        return new ParsedQuery(groups, excluded);
    }

    /** Upper-case OR joins; upper-case AND is the default anyway, so it is dropped rather than searched for. */
    private static boolean isOperator(String word) {
        return word.equals("OR") || word.equals("AND");
    }

    /** Collapses inner whitespace so phrases compare and render cleanly. */
    private static String clean(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    private static boolean hasLetterOrDigit(String text) {
        return text.codePoints().anyMatch(Character::isLetterOrDigit);
    }
}
