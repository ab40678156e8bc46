package gazette.extraction.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScoresTest {
    @Test
    void snippetsArePooledOverPages() {
        Snippets s = new Snippets();
        s.add("The  quick\nbrown fox", List.of("quick brown", "lazy dog"), List.of("fox"));
        s.add("Nothing here", List.of("here"), List.of("Impressum"));
        // tp=2 (quick brown, here), fn=1 (lazy dog), fp=1 (fox)
        assertThat(s.score().precision()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(s.score().recall()).isCloseTo(2 / 3.0, within(1e-9));
    }

    @Test
    void shinglesAverageMeasuresOverPages() {
        Shingles s = new Shingles();
        s.add("one two three four five", "one two three four five");
        s.add("one two three four five", "one two three four six");
        // page 2: truth {1234, 2345}, prediction {1234, 2346}: P = R = 0.5
        assertThat(s.score().precision()).isCloseTo(0.75, within(1e-9));
        assertThat(s.score().recall()).isCloseTo(0.75, within(1e-9));
        assertThat(s.score().f1()).isCloseTo(0.75, within(1e-9));
    }

    @Test
    void shinglesTokeniseUnicodeWords() {
        assertThat(Shingles.of("Привет, мир! Как дела сегодня")).containsExactlyInAnyOrder(
                "привет мир как дела", "мир как дела сегодня");
    }

    @Test
    void characterOverlapUsesTheLongestCommonSubsequence() {
        CharOverlap c = new CharOverlap();
        c.add("民政部 召开会议", "民政部召开了会议");
        // truth 7 chars, prediction 8, common 7
        assertThat(c.score().recall()).isCloseTo(1.0, within(1e-9));
        assertThat(c.score().precision()).isCloseTo(7 / 8.0, within(1e-9));
    }

    @Test
    void f1OfNothingIsZero() {
        assertThat(Score.ofCounts(0, 0, 0).f1()).isZero();
    }

    @Test
    void titlesMatchIgnoringPunctuationAndShortSuffixes() {
        assertThat(TitleMatch.matches("Get your Frontend JavaScript Code Covered | Code",
                "Get your Frontend JavaScript Code Covered")).isTrue();
        assertThat(TitleMatch.matches("Breaking news", "Weather")).isFalse();
    }
}
