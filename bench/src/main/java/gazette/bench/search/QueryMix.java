package gazette.bench.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Seeded search-box queries over the corpus's own words, in every language of it: one word, two words, a quoted
 * phrase of two neighbouring words, and one word filtered by language and a three-year date range. Chinese, Japanese
 * and Thai sentences have no spaces between words, so their "words" are two (Han, kana) or four (Thai) characters.
 */
final class QueryMix {
    /** What a query exercises; the filtered kind also narrows every facet but its own. */
    enum Kind { WORD, TWO_WORDS, PHRASE, FILTERED }

    /** One query: its kind and its {@code /api/search} query string, URL-encoded. */
    record Query(Kind kind, String parameters) {}

    private static final String NOT_A_WORD = "[^\\p{L}\\p{M}\\p{N}]+";

    private QueryMix() {}

    /** {@code count} queries, the kinds in turn so every kind has its share. */
    static List<Query> generate(CorpusText text, int count, long seed) {
        Random random = new Random(seed);
        List<Query> queries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Kind kind = Kind.values()[i % Kind.values().length];
            String language = text.languages().get(random.nextInt(text.languages().size()));
            String sentence = text.of(language).get(random.nextInt(text.of(language).size()));
            queries.add(new Query(kind, parameters(kind, language, sentence, random)));
        }
        return List.copyOf(queries);
    }

    private static String parameters(Kind kind, String language, String sentence, Random random) {
        return switch (kind) {
            case WORD -> q(word(sentence, random));
            case TWO_WORDS -> q(word(sentence, random) + " " + word(sentence, random));
            case PHRASE -> q("\"" + phrase(sentence, random) + "\"");
            case FILTERED -> {
                int from = GeneratedPages.FIRST_YEAR + random.nextInt(GeneratedPages.LAST_YEAR - GeneratedPages.FIRST_YEAR - 1);
                yield q(word(sentence, random)) + "&lang=" + language + "&from=" + from + "-01-01&to=" + (from + 2)
                        + "-12-31";
            }
        };
    }

    private static String q(String text) {
        return "q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    static String word(String sentence, Random random) {
        if (LatinText.unspaced(sentence)) {
            return piece(sentence, random, 1);
        }
        List<String> words = words(sentence);
        return words.isEmpty() ? piece(sentence, random, 1) : words.get(random.nextInt(words.size()));
    }

    private static String phrase(String sentence, Random random) {
        List<String> tokens = Arrays.stream(sentence.split(NOT_A_WORD)).filter(t -> !t.isEmpty()).toList();
        if (LatinText.unspaced(sentence) || tokens.size() < 2) {
            return piece(sentence, random, 2);
        }
        int first = random.nextInt(tokens.size() - 1);
        return tokens.get(first) + " " + tokens.get(first + 1);
    }

    /** Words of four to fourteen characters: shorter ones are mostly stop words, longer ones rare compounds. */
    private static List<String> words(String sentence) {
        return Arrays.stream(sentence.split(NOT_A_WORD)).filter(w -> w.length() >= 4 && w.length() <= 14).toList();
    }

    /**
     * A run of letters from an unspaced sentence, {@code words} "words" long: two characters a word of Han or kana,
     * four of other scripts.
     */
    private static String piece(String sentence, Random random, int words) {
        List<String> runs = Arrays.stream(sentence.split(NOT_A_WORD)).filter(r -> r.length() >= 2).toList();
        if (runs.isEmpty()) {
            return sentence.strip();
        }
        String run = runs.get(random.nextInt(runs.size()));
        int length = Math.min(run.length(), words * (ideographic(run) ? 2 : 4));
        int start = random.nextInt(run.length() - length + 1);
        while (start > 0 && Character.getType(run.charAt(start)) == Character.NON_SPACING_MARK) {
            start--; // a combining vowel sign (Thai, Devanagari) belongs to the letter before it
        }
        return run.substring(start, start + length);
    }

    private static boolean ideographic(String run) {
        Character.UnicodeScript script = Character.UnicodeScript.of(run.codePointAt(0));
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }
}
