package gazette.samplesite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParagraphsTest {

    @Test
    void keepsOneOrTwoSentencesInOneParagraph() {
        assertThat(Paragraphs.of(List.of("One."))).containsExactly("One.");
        assertThat(Paragraphs.of(List.of("One.", "Two."))).containsExactly("One. Two.");
    }

    @Test
    void splitsLongerTextIntoAtMostThreeParagraphsInOrder() {
        assertThat(Paragraphs.of(List.of("A a.", "B b.", "C c.", "D d."))).containsExactly("A a. B b.", "C c. D d.");
        assertThat(Paragraphs.of(List.of("A.", "B.", "C.", "D.", "E.", "F.", "G.")))
                .hasSize(3).allSatisfy(p -> assertThat(p).isNotBlank());
        assertThat(String.join(" ", Paragraphs.of(List.of("A.", "B.", "C.", "D.", "E.", "F.", "G."))))
                .isEqualTo("A. B. C. D. E. F. G.");
    }

    @Test
    void balancesParagraphsByLength() {
        String longSentence = "L".repeat(300) + ".";
        assertThat(Paragraphs.of(List.of(longSentence, "b.", "c.", "d.")))
                .containsExactly(longSentence, "b. c. d.");
    }

    @Test
    void joinsChineseSentencesWithoutSpaces() {
        assertThat(Paragraphs.of(List.of("第一句。", "第二句。"))).containsExactly("第一句。第二句。");
    }
}
