package gazette.extraction.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BlockTest {

    @Test
    void countsMarksThatEndSentencesAndClauses() {
        assertThat(Block.punctuation("One sentence. Another one, with a clause; and a question? Yes!")).isEqualTo(5);
        assertThat(Block.punctuation("会议在北京召开。主任出席，讲话。")).isEqualTo(3);
    }

    @Test
    void pointsInsideNumbersAndHostNamesAreNotSentences() {
        assertThat(Block.punctuation("ATX3078.02-0.24%ANDRITZ43.14-0.6%EVN25.65±0%")).isZero();
        assertThat(Block.punctuation("www.example.org 12:30")).isZero();
    }
}
