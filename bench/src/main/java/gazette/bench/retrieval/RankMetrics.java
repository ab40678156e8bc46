package gazette.bench.retrieval;

import java.util.List;

/** MRR@k and recall@k over questions that each have exactly one relevant document. */
final class RankMetrics {
    static final int K = 10;

    private double reciprocalRanks;
    private int found;
    private int questions;

    /** Records one question's ranked hit ids. */
    void add(List<String> rankedIds, String relevantId) {
        questions++;
        int rank = rankedIds.subList(0, Math.min(K, rankedIds.size())).indexOf(relevantId);
        if (rank >= 0) {
            found++;
            reciprocalRanks += 1.0 / (rank + 1);
        }
    }

    double mrr() {
        return questions == 0 ? 0 : reciprocalRanks / questions;
    }

    double recall() {
        return questions == 0 ? 0 : (double) found / questions;
    }

    int questions() {
        return questions;
    }

    void addAll(RankMetrics other) {
        reciprocalRanks += other.reciprocalRanks;
        found += other.found;
        questions += other.questions;
    }
}
