package gazette.extraction.eval;

import java.util.List;

/** The trafilatura set's test: whitespace-normalised substring search for must-have and must-not-have snippets. */
public final class Snippets {
    private long tp;
    private long fp;
    private long fn;

    /** Counts one page's snippets against its extracted text. */
    public void add(String text, List<String> with, List<String> without) {
        String t = normal(text);
        for (String s : with) {
            if (t.contains(normal(s))) {
                tp++;
            } else {
                fn++;
            }
        }
        for (String s : without) {
            if (t.contains(normal(s))) {
                fp++;
            }
        }
    }

    public Score score() {
        return Score.ofCounts(tp, fp, fn);
    }

    static String normal(String s) {
        return s.replaceAll("[\\s\\u00A0]+", " ").strip();
    }
}
