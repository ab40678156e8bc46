package gazette.indexer.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SimhashTest {
    private static final String RELEASE = """
            The Ministry of Civil Affairs held a press conference on Tuesday to present the national plan for the \
            care of older people. The plan sets targets for community care centres, home visits and the training \
            of nursing staff in every province, and the minister said local governments would report on progress \
            every six months. Funding for rural areas will double over the next three years.""";
    private static final String RELEASE_ZH = "民政部星期二召开新闻发布会，介绍全国老年人照护规划。规划提出了社区照护中心、上门探访和各省护理人员培训的目标，"
            + "部长表示，地方政府将每六个月报告一次进展情况。农村地区的资金将在未来三年内翻一番。";

    @Test
    void aDifferentFooterChangesFewBits() {
        Simhash plain = Simhash.of(RELEASE);
        Simhash footer = Simhash.of("Home | News | Contact\n" + RELEASE + "\nPrint this page. Share.");

        assertThat(plain.distance(footer)).isLessThanOrEqualTo(Simhash.MAX_DISTANCE);
        assertThat(plain.isNear(footer)).isTrue();
    }

    @Test
    void chineseTextIsShingledByCharacter() {
        assertThat(Simhash.tokens("民政部 news")).containsExactly("民", "政", "部", "news");
        assertThat(Simhash.of(RELEASE_ZH).isNear(Simhash.of("首页 新闻\n" + RELEASE_ZH + "\n打印本页"))).isTrue();
        assertThat(Simhash.of(RELEASE_ZH).isNear(Simhash.of(RELEASE))).isFalse();
    }

    @Test
    void differentTextsAreFarApart() {
        Simhash other = Simhash.of("""
                The Ministry of Finance published the budget figures for the first quarter on Friday. Revenue \
                from value added tax rose by four per cent, while spending on infrastructure stayed level, and the \
                deficit remained within the limit the parliament approved in December.""");

        assertThat(Simhash.of(RELEASE).distance(other)).isGreaterThan(10);
    }

    @Test
    void nearHashesShareABand() {
        Simhash a = new Simhash(0x0123_4567_89ab_cdefL);
        Simhash b = new Simhash(a.value() ^ 0x8000_0000_0001_0001L);

        assertThat(a.distance(b)).isEqualTo(3);
        assertThat(a.bands()).containsAnyElementsOf(b.bands()).hasSize(Simhash.BANDS);
        assertThat(Simhash.parse(a.hex())).isEqualTo(a);
    }

    @Test
    void tooShortTextHasNoSimhash() {
        assertThat(Simhash.of("Page not found. Return to the home page.")).isNull();
        assertThat(Simhash.tokens("Ｐｅｎｓｉｏｎ reform, 2024!")).isEqualTo(List.of("ｐｅｎｓｉｏｎ", "reform", "2024"));
    }
}
