package gazette.extraction.lang;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageGuesserTest {
    private static final String FR = "Le ministère a publié aujourd'hui un communiqué sur la réforme des retraites "
            + "et les nouvelles mesures de soutien aux personnes âgées.";
    private static final String EN = "The ministry published a statement today on the pension reform and the new "
            + "measures to support older people.";

    @Test
    void detectsTheTextLanguage() {
        assertThat(LanguageGuesser.guess(FR, null)).isEqualTo("fr");
        assertThat(LanguageGuesser.guess(EN, null)).isEqualTo("en");
    }

    @Test
    void declaredLanguageContradictedByTheTextLoses() {
        assertThat(LanguageGuesser.guess(FR, "en-US")).isEqualTo("fr");
    }

    @Test
    void declaredLanguageDecidesShortText() {
        assertThat(LanguageGuesser.guess("OK", "de-DE")).isEqualTo("de");
        assertThat(LanguageGuesser.guess("", null)).isEqualTo("und");
    }

    @Test
    void scriptsDecideCjk() {
        assertThat(LanguageGuesser.guess("民政部召开全国老龄办主任会议", "en")).isEqualTo("zh");
        assertThat(LanguageGuesser.guess("厚生労働省は説明会を開催しました", null)).isEqualTo("ja");
        assertThat(LanguageGuesser.guess("보건복지부는 설명회를 개최했습니다", null)).isEqualTo("ko");
    }

    @Test
    void singleLanguageScriptsDecideDespiteLatinNames() {
        String thai = "สามผลงานที่เป็นที่รู้จักมากที่สุดถูกตีพิมพ์ในปี 1520: To the Christian Nobility of the German "
                + "Nation และ On the Freedom of a Christian นักเรียนกรูกันเข้ามาที่ Wittenberg เพื่อฟังลูเทอร์พูด";
        assertThat(LanguageGuesser.guess(thai, "th")).isEqualTo("th");
        assertThat(LanguageGuesser.guess(thai, null)).isEqualTo("th");
        assertThat(LanguageGuesser.guess("Το υπουργείο δημοσίευσε σήμερα ανακοίνωση για τη μεταρρύθμιση", null))
                .isEqualTo("el");
    }
}
