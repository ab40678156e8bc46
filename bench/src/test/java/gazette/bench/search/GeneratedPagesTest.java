package gazette.bench.search;

import static org.assertj.core.api.Assertions.assertThat;

import gazette.core.Page;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class GeneratedPagesTest {
    private static final String SENTENCE = "The Danube flows through ten countries before it reaches the Black Sea.";
    private static final CorpusText TEXT = new CorpusText(Map.of("en", List.of(SENTENCE), "de",
            List.of("Die Donau fließt durch zehn Länder, bevor sie das Schwarze Meer erreicht."), "fr",
            List.of("Le Danube traverse dix pays avant d'atteindre la mer Noire.")));
    private final GeneratedPages pages = new GeneratedPages(TEXT, 42);

    @Test
    void theSamePageNumberIsAlwaysTheSamePage() {
        assertThat(new GeneratedPages(TEXT, 42).page(17)).isEqualTo(pages.page(17));
        assertThat(pages.page(17).url()).isNotEqualTo(pages.page(18).url());
    }

    @Test
    void pagesAreDatedNewsOfModestLengthOnTheirLanguagesSites() {
        for (Page page : IntStream.range(0, 200).mapToObj(pages::page).toList()) {
            assertThat(page.text().length()).isBetween(200, 1_000);
            assertThat(page.published().atZone(ZoneOffset.UTC).getYear())
                    .isBetween(GeneratedPages.FIRST_YEAR, GeneratedPages.LAST_YEAR);
            assertThat(page.site()).matches("news[0-3]\\." + page.language() + "\\.gazette-bench\\.example");
            assertThat(page.url()).startsWith("https://" + page.site() + "/news/");
            assertThat(page.title()).isNotBlank();
        }
        assertThat(IntStream.range(0, 200).mapToObj(n -> pages.page(n).language()).distinct())
                .containsExactlyInAnyOrder("de", "en", "fr");
    }

    @Test
    void bodiesAreParagraphsOfTheCorpusSentences() {
        Page page = pages.page(3);
        String start = TEXT.of(page.language()).getFirst().substring(0, 6);
        assertThat(page.text().split("\n\n")).hasSizeGreaterThan(1).allSatisfy(p -> assertThat(p).startsWith(start));
    }
}
