package gazette.samplesite;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeadlineTest {

    @Test
    void keepsAShortSentenceWithoutItsFullStop() {
        assertThat(Headline.of("Medical knowledge had stagnated during the Middle Ages.", "en"))
                .isEqualTo("Medical knowledge had stagnated during the Middle Ages");
        assertThat(Headline.of("中世纪医学知识的发展停滞不前。", "zh")).isEqualTo("中世纪医学知识的发展停滞不前");
    }

    @Test
    void cutsALongSentenceAtItsLastClauseBreakThatFits() {
        String sentence = "Disorders of the immune system can result in autoimmune diseases, inflammatory diseases and"
                + " cancer, and they are studied by immunologists in many countries around the world.";
        assertThat(Headline.of(sentence, "en"))
                .isEqualTo("Disorders of the immune system can result in autoimmune diseases, inflammatory diseases"
                        + " and cancer");
    }

    @Test
    void cutsBetweenWordsWithoutADanglingArticleOrPreposition() {
        String sentence = "The needs of soy farmers have been used to justify many of the controversial transportation"
                + " projects that are currently developing in the Amazon.";
        assertThat(Headline.of(sentence, "en"))
                .isEqualTo("The needs of soy farmers have been used to justify many of the controversial");
        assertThat(Headline.of("The ministry has published new guidance on the management and careful maintenance"
                + " of the public archives of the northern regions today.", "en"))
                .isEqualTo("The ministry has published new guidance on the management and careful maintenance");
    }

    @Test
    void dropsABracketOrQuoteTheCutLeftOpen() {
        assertThat(Brackets.balance("The summary for (WG I")).isEqualTo("The summary for");
        assertThat(Brackets.balance("Die „West Side“ von Fresno, auch oft „Southwest"))
                .isEqualTo("Die „West Side“ von Fresno, auch oft");
        assertThat(Brackets.balance("The \"West Side\" of Fresno")).isEqualTo("The \"West Side\" of Fresno");
    }

    @Test
    void cutsChineseAtAFullWidthComma() {
        String sentence = "杰克逊维尔是美国佛罗里达州人口最多的城市，也是美国州间连接地区面积最大的城市，位于圣约翰斯河畔的杜瓦尔县。";
        assertThat(Headline.of(sentence, "zh")).isEqualTo("杰克逊维尔是美国佛罗里达州人口最多的城市，也是美国州间连接地区面积最大的城市");
    }

    @Test
    void cutsThaiBetweenPhrases() {
        String sentence = "ความผิดปกติของระบบภูมิคุ้มกันสามารถส่งผลให้เกิด โรคแพ้ภูมิตัวเอง โรคอักเสบ"
                + "และโรคมะเร็ง ซึ่งเป็นเรื่องที่นักวิทยาศาสตร์ศึกษากันอย่างกว้างขวาง";
        assertThat(Headline.of(sentence, "th"))
                .isEqualTo("ความผิดปกติของระบบภูมิคุ้มกันสามารถส่งผลให้เกิด"
                        + " โรคแพ้ภูมิตัวเอง โรคอักเสบและโรคมะเร็ง");
    }
}
