package gazette.indexer.lang;

import static org.assertj.core.api.Assertions.assertThat;

import gazette.core.Language;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ForeignParagraphsTest {
    private static final String ABSTRACT = "Abstract: The report examines the pension reforms of the last decade "
            + "and their effect on rural households.";

    @Test
    void englishAbstractOfAChinesePageIsEnglish() {
        String text = "国家老龄办发布养老服务报告。\n\n" + ABSTRACT + "\n\n报告全文见附件。";

        assertThat(ForeignParagraphs.of(text, Optional.of(Language.CHINESE)))
                .isEqualTo(Map.of(Language.ENGLISH, ABSTRACT));
    }

    @Test
    void chineseParagraphOfAnEnglishPageIsChinese() {
        String text = ABSTRACT + "\n\n国家老龄办发布养老服务报告。";

        assertThat(ForeignParagraphs.of(text, Optional.of(Language.ENGLISH)))
                .isEqualTo(Map.of(Language.CHINESE, "国家老龄办发布养老服务报告。"));
    }

    @Test
    void latinTextThatIsNotEnglishOrTooShortStaysWithThePage() {
        String text = "国家老龄办发布报告。\n\nLu Zhiyuan\n\nLe rapport examine les réformes des retraites.\n\nPDF";

        assertThat(ForeignParagraphs.of(text, Optional.of(Language.CHINESE))).isEmpty();
    }

    @Test
    void kanjiParagraphsOfAJapanesePageStayJapanese() {
        assertThat(ForeignParagraphs.of("厚生労働省発表\n\n年金制度の見直しについて", Optional.of(Language.JAPANESE))).isEmpty();
        assertThat(ForeignParagraphs.language("年金制度の見直しについて")).contains(Language.JAPANESE);
    }

    @Test
    void russianAndGreekParagraphsAreRecognisedByScript() {
        assertThat(ForeignParagraphs.language("Министерство объявило о пенсионной реформе.")).contains(Language.RUSSIAN);
        assertThat(ForeignParagraphs.language("Міністерство оголосило пенсійну реформу.")).isEmpty();
        assertThat(ForeignParagraphs.language("Το υπουργείο ανακοίνωσε τη μεταρρύθμιση.")).contains(Language.GREEK);
    }
}
