package gazette.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameFormsTest {

    @Test
    void keepsCapitalisedWordsInsideSentencesWithTheirRussianStem() {
        assertThat(NameForms.of("Визит Путина в Берлин. Переговоры с Шольцем прошли в Москве."))
                .isEqualTo("Путина Путин Берлин Шольцем Шольц Москве Москв");
    }

    @Test
    void leavesOutCommonWordsAndSentenceOpeners() {
        assertThat(NameForms.of("Рост пенсионного возраста обсуждали долго. «Пенсионная реформа» принята."))
                .isEmpty();
    }

    @Test
    void leavesLatinWordsAsWritten() {
        assertThat(NameForms.of("Talks between Putin and Scholz ended.\nThey met in Berlin."))
                .isEqualTo("Putin Scholz Berlin");
    }

    @Test
    void keepsShortCyrillicNamesWhole() {
        assertThat(NameForms.withoutCaseEnding("Уфа")).isEqualTo("Уфа");
        assertThat(NameForms.withoutCaseEnding("Путиным")).isEqualTo("Путин");
    }
}
