package gazette.api.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SnippetsTest {

    @Test
    void prefersTheFieldWithMostMarks() {
        Map<String, List<String>> highlight = Map.of(
                "body", List.of("the <mark>pension</mark> plan for pensions"),
                "body_en", List.of("the <mark>pension</mark> plan for <mark>pensions</mark>"));
        assertThat(Snippets.choose(highlight, "en"))
                .containsExactly("the <mark>pension</mark> plan for <mark>pensions</mark>");
    }

    @Test
    void languageFieldWinsATie() {
        Map<String, List<String>> highlight = Map.of(
                "body", List.of("neutral <mark>x</mark>"), "body_de", List.of("german <mark>x</mark>"));
        assertThat(Snippets.choose(highlight, "de")).containsExactly("german <mark>x</mark>");
    }

    @Test
    void bodyBeatsTitleAndUnmatchedBodyIsTheFallback() {
        assertThat(Snippets.choose(Map.of("title", List.of("<mark>Budget</mark>"), "body", List.of("Opening.")),
                "en")).containsExactly("<mark>Budget</mark>");
        assertThat(Snippets.choose(Map.of("body", List.of("Opening sentence.")), "en"))
                .containsExactly("Opening sentence.");
        assertThat(Snippets.choose(Map.of(), "en")).isEmpty();
    }

    @Test
    void joinsAdjacentMarksFromOverlappingBigrams() {
        assertThat(Snippets.sanitize("国家<mark>老龄</mark><mark>办</mark>发布"))
                .isEqualTo("国家<mark>老龄办</mark>发布");
    }

    @Test
    void escapesAnyMarkupButMark() {
        assertThat(Snippets.sanitize("<script>alert(1)</script> <mark>tax</mark> <b onclick=\"x\">"))
                .isEqualTo("&lt;script&gt;alert(1)&lt;/script&gt; <mark>tax</mark> &lt;b onclick=&quot;x&quot;&gt;");
    }

    @Test
    void leavesEncodedTextAlone() {
        assertThat(Snippets.sanitize("&lt;script&gt; &amp; <mark>tax</mark>"))
                .isEqualTo("&lt;script&gt; &amp; <mark>tax</mark>");
    }

    @Test
    void dropsUnbalancedMarks() {
        assertThat(Snippets.sanitize("a <mark>b")).isEqualTo("a b");
        assertThat(Snippets.sanitize("a</mark> b")).isEqualTo("a b");
        assertThat(Snippets.sanitize("<mark><mark>a</mark></mark>")).isEqualTo("a");
    }
}
