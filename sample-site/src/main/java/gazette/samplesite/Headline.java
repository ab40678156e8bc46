package gazette.samplesite;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Derives a headline from an article's first sentence: the whole sentence when short, else its longest leading
 * clause that fits, else its leading words (whole phrases in Thai, characters in Chinese).
 */
final class Headline {
    private static final Pattern SENTENCE_END = Pattern.compile("[\\s.!?。！？؟।…]+$");
    private static final Pattern TRAILING_PUNCT = Pattern.compile("[\\s,;:،؛，；：、—–-]+$");
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:،؛](?= )|[，；：]");
    /** A short word without capitals at the end of a cut is mostly a preposition or article: "of", "в", "των". */
    private static final Pattern DANGLING_WORD = Pattern.compile(" [\\p{L}\\p{M}&&[^\\p{Lu}]]{1,3}$");
    private static final Limits WORDS = new Limits(110, 30, 90);
    private static final Limits CJK = new Limits(40, 10, 36);
    private static final Limits THAI = new Limits(90, 20, 90);

    /** Keep sentences up to {@code whole} chars; else cut at a clause break in [{@code minClause}, whole]. */
    private record Limits(int whole, int minClause, int cut) {}

    private Headline() {}

    static String of(String firstSentence, String language) {
        String sentence = SENTENCE_END.matcher(firstSentence.strip()).replaceAll("");
        String cut = switch (language) {
            case "zh" -> cut(sentence, CJK, Headline::cjkWords);
            case "th" -> cut(sentence, THAI, Headline::words);
            default -> cut(sentence, WORDS, Headline::words);
        };
        return TRAILING_PUNCT.matcher(Brackets.balance(cut)).replaceAll("");
    }

    private interface WordCut {
        String cut(String text, int maxChars);
    }

    private static String cut(String sentence, Limits limits, WordCut words) {
        if (sentence.length() <= limits.whole()) {
            return sentence;
        }
        Matcher clause = CLAUSE_BREAK.matcher(sentence).region(0, limits.whole());
        int end = -1;
        while (clause.find()) {
            end = clause.start() >= limits.minClause() ? clause.start() : end;
        }
        return end > 0 ? sentence.substring(0, end) : words.cut(sentence, limits.cut());
    }

    /** Whole space-separated words (whole phrases in Thai) up to {@code maxChars}, without a dangling short word. */
    private static String words(String text, int maxChars) {
        int end = text.lastIndexOf(' ', maxChars);
        String cut = end > 0 ? text.substring(0, end) : text;
        for (int i = 0; i < 2 && DANGLING_WORD.matcher(cut).find(); i++) {
            cut = cut.substring(0, cut.lastIndexOf(' '));
        }
        return cut;
    }

    /** Chinese has no spaces: cut by characters, but not inside a Latin word or a number. */
    private static String cjkWords(String text, int maxChars) {
        int end = maxChars;
        while (end > 1 && isLatinOrDigit(text.charAt(end)) && isLatinOrDigit(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end).strip();
    }

    private static boolean isLatinOrDigit(char c) {
        return c < 0x3000 && Character.isLetterOrDigit(c);
    }
}
