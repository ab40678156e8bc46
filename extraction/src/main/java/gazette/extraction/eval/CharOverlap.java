package gazette.extraction.eval;

/**
 * Character-level precision and recall for text without word boundaries: the longest common subsequence of the
 * non-space characters of truth and prediction, over the prediction's length (precision) and the truth's (recall),
 * per page, averaged over pages. Order-aware, so a right bag of characters in the wrong places does not score.
 */
public final class CharOverlap {
    private double precisionSum;
    private double recallSum;
    private int pages;

    public void add(String expected, String predicted) {
        int[] truth = squeeze(expected);
        int[] pred = squeeze(predicted);
        int common = lcs(truth, pred);
        precisionSum += pred.length == 0 ? (truth.length == 0 ? 1 : 0) : common / (double) pred.length;
        recallSum += truth.length == 0 ? 1 : common / (double) truth.length;
        pages++;
    }

    public Score score() {
        return pages == 0 ? new Score(0, 0) : new Score(precisionSum / pages, recallSum / pages);
    }

    static int[] squeeze(String s) {
        return s.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)).toArray();
    }

    /** Length of the longest common subsequence, in two rows of memory. */
    static int lcs(int[] a, int[] b) {
        int[] prev = new int[b.length + 1];
        int[] row = new int[b.length + 1];
        for (int i = 1; i <= a.length; i++) {
            for (int j = 1; j <= b.length; j++) {
                row[j] = a[i - 1] == b[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], row[j - 1]);
            }
            int[] t = prev;
            prev = row;
            row = t;
        }
        return prev[b.length];
    }
}
