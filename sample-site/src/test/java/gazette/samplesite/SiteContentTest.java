package gazette.samplesite;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SiteContentTest {
    private final SiteContent content = SiteContent.bundled();

    @Test
    void publishesEveryStoryInEveryLanguage() {
        assertThat(content.stories()).hasSize(22);
        assertThat(content.languages()).hasSize(11);
        assertThat(content.articles()).hasSize(242)
                .extracting(SamplePage::path).doesNotHaveDuplicates();
    }

    @Test
    void datesAreDistinctWithin2023To2025AndNewestFirst() {
        List<LocalDate> dates = content.stories().stream().map(Story::published).toList();
        assertThat(dates).doesNotHaveDuplicates()
                .allSatisfy(d -> assertThat(d.getYear()).isBetween(2023, 2025))
                .isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    void articlePathsNameLanguageYearAndStory() {
        SamplePage page = content.articles().stream()
                .filter(p -> p.storyId().equals("warsaw") && p.language().equals("de")).findFirst().orElseThrow();
        assertThat(page.path()).isEqualTo("/de/news/2024/warsaw.html");
        assertThat(page.published()).isEqualTo(LocalDate.of(2024, 10, 8));
        assertThat(page.title()).isEqualTo("In der Nähe, in Ogród Saski (Sächsischer Garten), war das Sommertheater"
                + " von 1870 bis 1939 in Betrieb");
        assertThat(page.text()).startsWith("In der Nähe, in Ogród Saski (Sächsischer Garten), war das Sommertheater");
    }

    @Test
    void titlesAreShortUniqueAndTakenFromTheText() {
        for (SiteLanguage language : content.languages()) {
            List<SamplePage> pages = content.articles().stream()
                    .filter(p -> p.language().equals(language.code())).toList();
            assertThat(pages).extracting(SamplePage::title).as(language.code()).doesNotHaveDuplicates()
                    .allSatisfy(t -> assertThat(t.length()).isBetween(5, 110));
            assertThat(pages).allSatisfy(p -> assertThat(p.text()).startsWith(p.title().substring(0, 5)));
        }
    }

    @Test
    void bodiesHaveOneToThreeParagraphs() {
        assertThat(content.articles()).allSatisfy(p -> assertThat(p.text().split("\n\n")).hasSizeBetween(1, 3)
                .allSatisfy(paragraph -> assertThat(paragraph).isNotBlank().doesNotContain("\ufeff")));
        assertThat(content.articles().stream().collect(Collectors.groupingBy(p -> p.text().split("\n\n").length)))
                .containsKeys(1, 2, 3);
    }
}
