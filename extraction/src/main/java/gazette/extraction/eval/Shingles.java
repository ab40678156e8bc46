package gazette.extraction.eval;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The article-extraction benchmark's measure: precision and recall of 4-gram shingles of {@code \w+} tokens. */
public final class Shingles {
    private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private double precisionSum;
    private double recallSum;
    private int pages;

    /** Adds one page; per-page precision and recall are averaged over pages. */
    public void add(String expected, String predicted) {
        Set<String> truth = of(expected);
        Set<String> pred = of(predicted);
        Set<String> common = new HashSet<>(truth);
        common.retainAll(pred);
        precisionSum += pred.isEmpty() ? (truth.isEmpty() ? 1 : 0) : common.size() / (double) pred.size();
        recallSum += truth.isEmpty() ? 1 : common.size() / (double) truth.size();
        pages++;
    }

    public Score score() {
        return pages == 0 ? new Score(0, 0) : new Score(precisionSum / pages, recallSum / pages);
    }

    /** The set of 4-token shingles; a text shorter than four tokens is one shingle of all of them. */
    static Set<String> of(String text) {
        List<String> tokens = TOKEN.matcher(text.toLowerCase(Locale.ROOT)).results().map(java.util.regex.MatchResult::group).toList();
        Set<String> out = new HashSet<>();
        if (tokens.size() < 4 && !tokens.isEmpty()) {
            out.add(String.join(" ", tokens));
        }
        for (int i = 0; i + 4 <= tokens.size(); i++) {
            out.add(String.join(" ", tokens.subList(i, i + 4)));
        }
        return out;
    }
}
