package gazette.bench.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class RankMetricsTest {
    @Test
    void reciprocalRankCountsOnlyTheFirstTenHits() {
        RankMetrics m = new RankMetrics();
        m.add(List.of("a", "b"), "a");
        m.add(List.of("x", "y", "b"), "b");
        m.add(List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "c"), "c");
        m.add(List.of(), "d");
        assertThat(m.questions()).isEqualTo(4);
        assertThat(m.mrr()).isCloseTo((1 + 1.0 / 3) / 4, within(1e-9));
        assertThat(m.recall()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void wordsDropTokensWithoutALetterOrDigit() {
        assertThat(BaselineQueries.words("  Who won — in 1865 ? ")).containsExactly("Who", "won", "in", "1865");
        assertThat(BaselineQueries.words("???")).isEmpty();
    }
}
