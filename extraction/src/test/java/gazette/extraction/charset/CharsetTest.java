package gazette.extraction.charset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CharsetTest {
    private static final String ZH = "民政部召开全国老龄办主任会议，朱镕基同志的讲话精神被多次提及。会议强调要坚持以人民为中心的发展思想，"
            + "让老年人安享幸福晚年。北京、江苏、山东、广东、四川、宁波等省市有关负责同志在会上作了发言。";
    private static final String ZH_TW = "行政院今日召開記者會，說明颱風災後重建計畫與相關補助措施，請民眾踴躍申請。"
            + "各縣市政府將配合中央政策，加速完成道路與橋梁的修復工作，確保居民生活早日恢復正常。";
    private static final String JA = "厚生労働省は、新しい年金制度についての説明会を開催しました。多くの方々にご参加いただき、"
            + "ありがとうございました。次回の説明会は来月に予定されています。";
    private static final String KO = "보건복지부는 오늘 새로운 연금 제도에 관한 설명회를 개최했습니다. 많은 분들이 참석해 주셨습니다. "
            + "다음 설명회는 다음 달에 열릴 예정입니다.";
    private static final String RU = "Министерство социального обеспечения провело совещание о развитии системы "
            + "пенсионного обеспечения. Участники обсудили новые меры поддержки пожилых граждан.";

    @ParameterizedTest(name = "{0} labelled {1}")
    @CsvSource(nullValues = "none", textBlock = """
            GBK,          gb2312
            GBK,          none
            GBK,          utf-8
            Big5,         big5
            Big5,         none
            Shift_JIS,    shift_jis
            Shift_JIS,    none
            EUC-KR,       euc-kr
            EUC-KR,       none
            windows-1251, windows-1251
            windows-1251, none
            UTF-8,        iso-8859-1
            UTF-8,        none
            """)
    void decodesWithCorrectMissingOrWrongLabels(String encoding, String label) {
        String text = sample(encoding);
        String meta = label == null ? "" : "<meta charset=\"" + label + "\">";
        String html = "<html><head>" + meta + "<title>t</title></head><body><p>" + text + "</p></body></html>";
        byte[] bytes = html.getBytes(Charset.forName(encoding));
        assertThat(HtmlDecoder.decode(bytes, null).text()).contains(text);
    }

    @Test
    void headerLabelBeatsMetaLabel() {
        byte[] bytes = ("<meta charset=\"big5\"><p>" + ZH + "</p>").getBytes(Charset.forName("GBK"));
        Decoding d = HtmlDecoder.decode(bytes, "text/html; charset=GBK");
        assertThat(d.source()).isEqualTo(Decoding.Source.HEADER);
        assertThat(d.text()).contains(ZH);
    }

    @Test
    void byteOrderMarkWins() {
        byte[] body = ("\uFEFF<p>" + RU + "</p>").getBytes(StandardCharsets.UTF_8);
        Decoding d = HtmlDecoder.decode(body, "text/html; charset=windows-1251");
        assertThat(d.source()).isEqualTo(Decoding.Source.BOM);
        assertThat(d.text()).contains(RU);
    }

    @Test
    void gb2312LabelDecodesAsGbkSuperset() {
        assertThat(CharsetNames.forLabel("GB2312")).contains(Charset.forName("GB18030"));
        assertThat(CharsetNames.forLabel("\"shift_jis\"")).contains(Charset.forName("windows-31j"));
        assertThat(CharsetNames.forLabel("no-such-charset")).isEmpty();
    }

    @Test
    void replacementCharactersWrittenInValidUtf8AreNotDecodingErrors() {
        String text = RU + " \uFFFD\uFFFD\uFFFD";
        byte[] body = ("<p>" + text + "</p>").getBytes(StandardCharsets.UTF_8);
        Decoding d = HtmlDecoder.decode(body, null);
        assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(d.source()).isEqualTo(Decoding.Source.DETECTED);
        assertThat(d.text()).contains(text);
    }

    @Test
    void utf8LabelOnWindows1251BytesFallsBackToDetection() {
        byte[] body = ("<p>" + RU + "</p>").getBytes(Charset.forName("windows-1251"));
        assertThat(HtmlDecoder.decode(body, "text/html; charset=utf-8"))
                .extracting(Decoding::source, d -> d.text().contains(RU))
                .containsExactly(Decoding.Source.DETECTED, true);
    }

    @Test
    void emptyAndBinaryBodiesDecodeWithoutError() {
        assertThat(HtmlDecoder.decode(new byte[0], null).text()).isEmpty();
        byte[] garbage = new byte[4096];
        new java.util.Random(7).nextBytes(garbage);
        assertThat(HtmlDecoder.decode(garbage, "text/html; charset=utf-8").text()).isNotNull();
    }

    private static String sample(String encoding) {
        return switch (encoding) {
            case "Big5" -> ZH_TW;
            case "Shift_JIS" -> JA;
            case "EUC-KR" -> KO;
            case "windows-1251", "UTF-8" -> RU;
            default -> ZH;
        };
    }
}
