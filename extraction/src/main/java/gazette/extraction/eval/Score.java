package gazette.extraction.eval;

/** Precision, recall and their F1. */
public record Score(double precision, double recall) {

    public double f1() {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    /** Pooled counts: true positives, false positives, false negatives. */
    public static Score ofCounts(long tp, long fp, long fn) {
        return new Score(tp + fp == 0 ? 0 : tp / (double) (tp + fp), tp + fn == 0 ? 0 : tp / (double) (tp + fn));
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "P=%.3f R=%.3f F1=%.3f", precision, recall, f1());
    }
}
