package gazette.extraction.lang;

import static org.assertj.core.api.Assertions.assertThat;

import gazette.core.LanguageDetector;
import org.junit.jupiter.api.Test;

class QueryLanguagesTest {
    private static final LanguageDetector DETECTOR = new QueryLanguages();

    @Test
    void scriptsNameTheirLanguage() {
        assertThat(DETECTOR.plausible("นโยบายสาธารณสุข")).containsExactly("th");
        assertThat(DETECTOR.plausible("स्वास्थ्य मंत्रालय")).containsExactly("hi");
        assertThat(DETECTOR.plausible("υπουργείο υγείας")).containsExactly("el");
        assertThat(DETECTOR.plausible("وزارة الصحة")).containsExactly("ar");
        assertThat(DETECTOR.plausible("министерство здравоохранения")).containsExactly("ru");
        assertThat(DETECTOR.plausible("보건복지부 발표")).containsExactly("ko");
        assertThat(DETECTOR.plausible("厚生労働省のお知らせ")).containsExactly("ja");
    }

    @Test
    void hanAloneIsChineseThenJapanese() {
        assertThat(DETECTOR.plausible("陆治原")).containsExactly("zh", "ja");
        assertThat(DETECTOR.plausible("iPhone 价格")).containsExactly("zh", "ja");
    }

    @Test
    void lettersOnlyOneLanguageUsesDecide() {
        assertThat(DETECTOR.plausible("bộ y tế")).containsExactly("vi");
        assertThat(DETECTOR.plausible("sağlık bakanlığı")).containsExactly("tr");
    }

    @Test
    void latinQueriesGoToTheModel() {
        assertThat(DETECTOR.plausible("ministère de la santé")).first().isEqualTo("fr");
        assertThat(DETECTOR.plausible("Bundesregierung beschließt Haushalt")).first().isEqualTo("de");
        assertThat(DETECTOR.plausible("saúde pública")).first().isEqualTo("pt");
        assertThat(DETECTOR.plausible("ministero della salute")).first().isEqualTo("it");
        assertThat(DETECTOR.plausible("terveysministeriö tiedote")).first().isEqualTo("fi");
        assertThat(DETECTOR.plausible("kesehatan masyarakat")).first().isEqualTo("id");
        assertThat(DETECTOR.plausible("ministerio de salud")).first().isEqualTo("es");
        assertThat(DETECTOR.plausible("the government announced new climate policy")).first().isEqualTo("en");
    }

    @Test
    void ambiguousShortQueriesGiveNothingOrSeveral() {
        assertThat(DETECTOR.plausible("hotel")).isEmpty();
        assertThat(DETECTOR.plausible("Paris")).isEmpty();
        assertThat(DETECTOR.plausible("lu zhiyuan").size()).isNotEqualTo(1);
    }

    @Test
    void blankOrTooShortTextIsUnknown() {
        assertThat(DETECTOR.plausible("")).isEmpty();
        assertThat(DETECTOR.plausible("  ")).isEmpty();
        assertThat(DETECTOR.plausible("ab")).isEmpty();
        assertThat(DETECTOR.plausible("2024")).isEmpty();
    }
}
