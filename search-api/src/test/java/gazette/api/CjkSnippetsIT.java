package gazette.api;

import static gazette.api.Http.encode;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import gazette.core.Page;
import gazette.core.PageDocument;
import gazette.core.TextNormalizer;
import gazette.testing.TestElasticsearch;
import gazette.testing.WithElasticsearch;
import io.javalin.Javalin;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Snippets of Chinese and Japanese pages, where Elasticsearch's highlighter is known to misbehave: each fragment
 * is whole sentences (ending in 。！？) and marks the query's words, over real HTTP and a real Elasticsearch.
 */
@WithElasticsearch
class CjkSnippetsIT {
    private static final Page FLOODS_ZH = Fixtures.page("https://www.gov.cn/flood", "www.gov.cn", "国务院常务会议",
            "2024-06-01", "zh", "国务院今天召开常务会议。会议听取了关于全国防汛抗旱工作的汇报。会议指出，今年入汛以来，"
                    + "南方多地遭遇强降雨，部分地区发生洪涝灾害，造成较大损失。各地要压实防汛责任，加强监测预警，"
                    + "及时转移受威胁群众！会议强调，要做好水库安全度汛工作，确保人民群众生命财产安全。"
                    + "会议还研究了其他事项，并对下一阶段的经济工作作出部署。");
    private static final Page BUDGET_JA = Fixtures.page("https://www.kantei.go.jp/yosan", "www.kantei.go.jp",
            "閣議の概要", "2024-06-02", "ja", "政府は本日、閣議を開きました。閣議では、来年度の予算案について"
                    + "議論が行われました。財務大臣は、社会保障費の増加に対応するため、歳出の見直しが必要だと"
                    + "述べました。また、地方自治体への交付金を拡充する方針も示されました。首相は、国民の生活を"
                    + "守るための施策を着実に進めると強調しました。");
    private static Javalin app;
    private static Http http;

    @BeforeAll
    static void start(TestElasticsearch es) throws Exception {
        Fixtures.index(es, List.of(PageDocument.source(FLOODS_ZH), PageDocument.source(BUDGET_JA)));
        app = new SearchApi(es.client(), es.index()).start("127.0.0.1", 0);
        http = new Http(app.port());
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    private static List<String> snippets(String query) throws Exception {
        Http.Response r = http.get("/api/search?q=" + encode(query));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode hits = r.json().path("hits");
        assertThat(hits).as(r.body()).hasSize(1);
        return SearchApiIT.snippets(hits.get(0));
    }

    /**
     * The snippet, marks removed, is a run of whole sentences of the page text as stored (normalised: full-width
     * punctuation such as ！ becomes !).
     */
    private static void assertSentences(String snippet, Page page) {
        String text = TextNormalizer.normalize(page.text());
        String plain = snippet.replace("<mark>", "").replace("</mark>", "");
        int at = text.indexOf(plain);
        assertThat(at).as("%s is a piece of the page text", plain).isNotNegative();
        assertThat(at == 0 || "。！？!?".indexOf(text.charAt(at - 1)) >= 0).as("%s starts a sentence", plain)
                .isTrue();
        assertThat(plain).as("%s ends a sentence", plain).matches("(?s).*[。！？!?]");
    }

    @Test
    void chineseSnippetIsTheSentenceWithTheWordMarked() throws Exception {
        List<String> snippets = snippets("水库");
        assertThat(snippets).first().asString().contains("<mark>水库</mark>");
        snippets.forEach(s -> assertSentences(s, FLOODS_ZH));
    }

    @Test
    void chineseSnippetsMarkEveryWordOfTheQuery() throws Exception {
        List<String> snippets = snippets("防汛 水库");
        String all = String.join(" ", snippets);
        assertThat(all).contains("<mark>防汛</mark>", "<mark>水库</mark>");
        snippets.forEach(s -> assertSentences(s, FLOODS_ZH));
    }

    @Test
    void japaneseSnippetIsTheSentenceWithTheWordMarked() throws Exception {
        List<String> snippets = snippets("交付金");
        assertThat(String.join(" ", snippets)).contains("<mark>交付金</mark>");
        snippets.forEach(s -> assertSentences(s, BUDGET_JA));
    }

    @Test
    void japanesePhraseIsMarkedInItsSentence() throws Exception {
        List<String> snippets = snippets("\"社会保障費\"");
        assertThat(String.join(" ", snippets)).contains("<mark>社会保障費</mark>");
        snippets.forEach(s -> assertSentences(s, BUDGET_JA));
    }
}
