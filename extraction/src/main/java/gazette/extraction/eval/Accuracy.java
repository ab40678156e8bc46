package gazette.extraction.eval;

/** Share of correct answers among the pages that have a ground-truth value. */
public final class Accuracy {
    private int right;
    private int total;

    public void add(boolean correct) {
        total++;
        right += correct ? 1 : 0;
    }

    public double value() {
        return total == 0 ? 0 : right / (double) total;
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%.3f (%d/%d)", value(), right, total);
    }
}
