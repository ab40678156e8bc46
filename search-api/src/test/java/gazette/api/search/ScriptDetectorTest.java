package gazette.api.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScriptDetectorTest {
    private final ScriptDetector detector = new ScriptDetector();

    @Test
    void kanaMeansJapaneseEvenAmongHan() {
        assertThat(detector.plausible("年金制度について")).containsExactly("ja");
    }

    @Test
    void hanAloneIsChineseOrJapanese() {
        assertThat(detector.plausible("国家老龄办")).containsExactly("zh", "ja");
    }

    @Test
    void hangulMeansKorean() {
        assertThat(detector.plausible("연금 개혁")).containsExactly("ko");
    }

    @Test
    void otherScriptsNameTheirLanguagesMostUsedFirst() {
        assertThat(detector.plausible("пенсионная реформа")).startsWith("ru");
        assertThat(detector.plausible("Μητσοτάκης")).containsExactly("el");
        assertThat(detector.plausible("الحكومة")).startsWith("ar");
        assertThat(detector.plausible("รัฐบาล")).containsExactly("th");
        assertThat(detector.plausible("सरकार")).startsWith("hi");
    }

    @Test
    void latinAloneOrMixedInCannotTell() {
        assertThat(detector.plausible("pension reform")).isEmpty();
        assertThat(detector.plausible("Putin Путин")).isEmpty();
        assertThat(detector.plausible("2024 !?")).isEmpty();
    }

    @Test
    void aSentenceIsSixOrMoreLettersOfAScriptWrittenWithoutSpaces() {
        List<String> words = List.of("国家老龄办召开", "ใครร้องเพลงชาติ", "国家老龄办", "2015年12月", "pensioners",
                "연금개혁안입니다");
        assertThat(words.stream().filter(ScriptDetector::isUnspacedSentence))
                .containsExactly("国家老龄办召开", "ใครร้องเพลงชาติ");
    }
}
