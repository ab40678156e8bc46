package gazette.samplesite;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SiteLanguageTest {
    private static final Map<String, SiteLanguage> LANGUAGES = SiteContent.bundled().languages().stream()
            .collect(Collectors.toMap(SiteLanguage::code, l -> l, (a, b) -> a, LinkedHashMap::new));

    @Test
    void switcherListsElevenLanguagesByNativeName() {
        assertThat(LANGUAGES.values()).extracting(SiteLanguage::name).containsExactly("English", "Русский язык", "中文",
                "العربية", "Deutsch", "Ελληνικά", "español", "हिन्दी", "ไทย", "Türkçe", "Tiếng Việt");
    }

    @Test
    void formatsDateLinesTheWayEachLanguageWritesThem() {
        LocalDate date = LocalDate.of(2024, 9, 12);
        Map<String, String> expected = Map.ofEntries(
                Map.entry("en", "12 September 2024"), Map.entry("ru", "12 сентября 2024"),
                Map.entry("zh", "2024年09月12日"), Map.entry("ar", "12 سبتمبر 2024"),
                Map.entry("de", "12.09.2024"), Map.entry("el", "12 Σεπτεμβρίου 2024"),
                Map.entry("es", "12 de septiembre de 2024"), Map.entry("hi", "12 सितंबर 2024"),
                Map.entry("th", "12 กันยายน 2024"), Map.entry("tr", "12 Eylül 2024"), Map.entry("vi", "12/09/2024"));
        expected.forEach((code, line) -> assertThat(LANGUAGES.get(code).formatDate(date)).as(code).isEqualTo(line));
    }

    @Test
    void padsDayAndMonthOnlyWhereTheFormatDoes() {
        LocalDate date = LocalDate.of(2023, 1, 9);
        assertThat(LANGUAGES.get("en").formatDate(date)).isEqualTo("9 January 2023");
        assertThat(LANGUAGES.get("de").formatDate(date)).isEqualTo("09.01.2023");
        assertThat(LANGUAGES.get("zh").formatDate(date)).isEqualTo("2023年01月09日");
        assertThat(LANGUAGES.get("vi").formatDate(date)).isEqualTo("09/01/2023");
        assertThat(LANGUAGES.get("el").formatDate(date)).isEqualTo("9 Ιανουαρίου 2023");
    }

    @Test
    void arabicPagesAreRightToLeft() {
        assertThat(LANGUAGES.values()).filteredOn(l -> l.dir().equals("rtl"))
                .extracting(SiteLanguage::code).containsExactly("ar");
    }
}
