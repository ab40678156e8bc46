package gazette.bench.search;

import gazette.core.Page;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;

/**
 * News-like pages recombined from real sentences: page {@code n} is always the same page (its own seeded random), in
 * one of the corpus's languages, on one of {@link #SITES_PER_LANGUAGE} sites of that language, published on a day
 * between 2012 and 2026, with a title cut from one sentence and a body of paragraphs of one to three sentences, 200 to
 * 1,000 characters in all (modest, so that 100,000 of them index in minutes on a small machine).
 */
final class GeneratedPages {
    static final int SITES_PER_LANGUAGE = 4;
    static final int FIRST_YEAR = 2012;
    static final int LAST_YEAR = 2026;
    private static final int SHORTEST_BODY = 200;
    private static final int LONGEST_BODY = 1_000;
    private static final Instant CRAWLED = Instant.parse("2026-11-01T00:00:00Z");
    private static final long FIRST_DAY = LocalDate.of(FIRST_YEAR, 1, 1).toEpochDay();
    private static final long DAYS = LocalDate.of(LAST_YEAR, 10, 31).toEpochDay() - FIRST_DAY + 1;

    private final CorpusText text;
    private final long seed;

    GeneratedPages(CorpusText text, long seed) {
        this.text = text;
        this.seed = seed;
    }

    static String site(String language, int k) {
        return "news" + k + "." + language + ".gazette-bench.example";
    }

    Page page(int n) {
        Random random = new Random(seed * 1_000_003L + n);
        String language = text.languages().get(random.nextInt(text.languages().size()));
        List<String> sentences = text.of(language);
        String site = site(language, random.nextInt(SITES_PER_LANGUAGE));
        Instant published = LocalDate.ofEpochDay(FIRST_DAY + random.nextLong(DAYS)).atTime(8, 0)
                .toInstant(ZoneOffset.UTC);
        String title = title(pick(sentences, random), random);
        return new Page("https://" + site + "/news/" + n, site, title, published, language,
                body(sentences, random), CRAWLED, null, List.of());
    }

    private static String title(String sentence, Random random) {
        if (LatinText.unspaced(sentence)) {
            return sentence.substring(0, Math.min(sentence.length(), 12 + random.nextInt(12)));
        }
        String[] words = sentence.split("\\s+");
        return String.join(" ", List.of(words).subList(0, Math.min(words.length, 5 + random.nextInt(6))));
    }

    /** Paragraphs of one to three sentences until the drawn length is reached, cut at a space under the maximum. */
    private static String body(List<String> sentences, Random random) {
        int target = SHORTEST_BODY + random.nextInt(LONGEST_BODY - SHORTEST_BODY);
        StringBuilder body = new StringBuilder();
        while (body.length() < target) {
            if (!body.isEmpty()) {
                body.append("\n\n");
            }
            int count = 1 + random.nextInt(3);
            for (int i = 0; i < count; i++) {
                String sentence = pick(sentences, random);
                body.append(i == 0 || LatinText.unspaced(sentence) ? "" : " ").append(sentence);
            }
        }
        return cut(body.toString());
    }

    private static String cut(String body) {
        if (body.length() <= LONGEST_BODY) {
            return body;
        }
        int space = body.lastIndexOf(' ', LONGEST_BODY);
        return body.substring(0, space > LONGEST_BODY / 2 ? space : LONGEST_BODY).strip();
    }

    private static String pick(List<String> sentences, Random random) {
        return sentences.get(random.nextInt(sentences.size()));
    }
}
