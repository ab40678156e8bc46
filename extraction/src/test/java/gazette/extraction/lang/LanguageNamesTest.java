package gazette.extraction.lang;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageNamesTest {
    @Test
    void recognisesTheSeedPagesRunTogetherSwitcher() {
        String seed = "한어Русский языкEnglishFrançaisIndonesianSanskrit日本語DeutschPortuguêsΕλληνικάespañol"
                + "ItalianoSuomalainenLatina";
        assertThat(LanguageNames.namesSpanning(seed)).isEqualTo(14);
    }

    @Test
    void proseIsNotASwitcher() {
        assertThat(LanguageNames.namesSpanning("English lessons for French speakers")).isZero();
        assertThat(LanguageNames.namesSpanning("2024 English")).isZero();
    }

    @Test
    void mapsLabelsToCodes() {
        assertThat(LanguageNames.codeOf("Français")).contains("fr");
        assertThat(LanguageNames.codeOf(" 简体中文 ")).contains("zh");
        assertThat(LanguageNames.codeOf("EN")).contains("en");
        assertThat(LanguageNames.codeOf("Home")).isEmpty();
        assertThat(LanguageNames.codeOf("zh-CN")).contains("zh");
        assertThat(LanguageNames.codeOf("News")).isEmpty();
    }
}
