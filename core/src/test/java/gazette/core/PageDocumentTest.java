package gazette.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PageDocumentTest {
    private static final String EN = "https://gov.example/en/visit";
    private static final String DE = "https://gov.example/de/besuch";
    private static final String FR = "https://gov.example/fr/visite";
    private static final List<Page.Alternate> ALL = List.of(new Page.Alternate("en", EN),
            new Page.Alternate("de", DE), new Page.Alternate("fr", FR));

    @Test
    void languageVersionsShareOneStoryWhicheverNamesWhich() {
        String fromEnglish = Story.id(EN, List.of(new Page.Alternate("fr", FR), new Page.Alternate("de", DE)));
        String fromGerman = Story.id(DE, List.of(new Page.Alternate("en", EN), new Page.Alternate("fr", FR)));
        String fromFrench = Story.id(FR, ALL);

        assertThat(fromEnglish).isEqualTo(fromGerman).isEqualTo(fromFrench)
                .isIn(PageDocument.id(EN), PageDocument.id(DE), PageDocument.id(FR));
    }

    @Test
    void aPageWithoutAlternatesIsItsOwnStory() {
        assertThat(Story.id(EN, List.of())).isEqualTo(PageDocument.id(EN));
    }

    @Test
    void translationsLeaveOutThePageItselfAndRepeatedUrls() {
        List<Page.Alternate> alternates = List.of(new Page.Alternate("en", EN), new Page.Alternate("de", DE),
                new Page.Alternate("de-AT", DE), new Page.Alternate("fr", FR));

        assertThat(Story.translations(EN, alternates))
                .containsExactly(new Page.Alternate("de", DE), new Page.Alternate("fr", FR));
    }

    @Test
    void sourceCarriesStoryAndTranslations() {
        Map<String, Object> source = PageDocument.source(page(DE, "de", "Besuch", "Text", ALL));

        assertThat(source.get(PageDocument.STORY)).isEqualTo(Story.id(DE, ALL));
        assertThat(source.get(PageDocument.TRANSLATIONS)).isEqualTo(List.of(
                Map.of("language", "en", "url", EN), Map.of("language", "fr", "url", FR)));
    }

    @Test
    void normalizesWidthCompatibilityFormsAndControlCharacters() {
        String raw = "Ｇａｚｅｔｔｅ\u00A0２０２４ ﬁnance\u200B\u0007 ｶﾀｶﾅ\r\nnext\u2028line\u00ADs";

        assertThat(TextNormalizer.normalize(raw)).isEqualTo("Gazette 2024 finance カタカナ\nnext\nlines");
    }

    @Test
    void keepsZeroWidthNonJoinerThatPersianSpellingNeeds() {
        assertThat(TextNormalizer.normalize("می\u200Cخواهم")).isEqualTo("می\u200Cخواهم");
    }

    @Test
    void sourceStoresNormalizedTitleAndTextInEveryField() {
        Map<String, Object> source = PageDocument.source(page(EN, "zh", "陆治原\u0000会见", "全角ＡＢＣ", List.of()));

        assertThat(source).containsEntry(PageDocument.TITLE, "陆治原会见").containsEntry("title_zh", "陆治原会见")
                .containsEntry(PageDocument.BODY_CJK, "全角ABC");
    }

    @Test
    void sourceListsTheOwnUrlAndItsIdAsTheOnlyDuplicate() {
        Map<String, Object> source = PageDocument.source(page(EN, "en", "Visit", "Text", List.of()));

        assertThat(source).containsEntry(PageDocument.URLS, List.of(EN))
                .containsEntry(PageDocument.URL_IDS, List.of(PageDocument.id(EN)));
    }

    @Test
    void pageRebuiltFromItsSourceGivesTheSameSource() {
        Page original = new Page(DE, "gov.example", "Besuch", Instant.parse("2024-03-01T10:00:00Z"), "de", "Text",
                Instant.parse("2024-03-02T00:00:00Z"), null, List.of(ALL.get(0), ALL.get(2)));

        Page rebuilt = PageDocument.page(PageDocument.source(original));

        assertThat(rebuilt).isEqualTo(original);
        assertThat(PageDocument.source(rebuilt)).isEqualTo(PageDocument.source(original));
    }

    private static Page page(String url, String language, String title, String text, List<Page.Alternate> alternates) {
        return new Page(url, "gov.example", title, null, language, text, Instant.parse("2024-01-01T00:00:00Z"), null,
                alternates);
    }
}
