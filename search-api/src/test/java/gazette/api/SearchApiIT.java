package gazette.api;

import static gazette.api.Http.encode;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import gazette.api.admin.AdminAccess;
import gazette.core.LanguageDetector;
import gazette.testing.TestElasticsearch;
import gazette.testing.WithElasticsearch;
import io.javalin.Javalin;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code GET /api/search} over real HTTP against the real server and a real Elasticsearch. */
@WithElasticsearch
class SearchApiIT {
    private static Javalin app;
    private static Javalin vietnameseApp;
    private static Http http;
    private static Http vietnamese;

    @BeforeAll
    static void start(TestElasticsearch es) throws Exception {
        Fixtures.index(es);
        app = new SearchApi(es.client(), es.index()).start("127.0.0.1", 0);
        http = new Http(app.port());
        LanguageDetector alwaysVietnamese = text -> List.of("vi");
        vietnameseApp = new SearchApi(es.client(), es.index(), AdminAccess.off(), Meters.prometheus(), alwaysVietnamese)
                .start("127.0.0.1", 0);
        vietnamese = new Http(vietnameseApp.port());
    }

    @AfterAll
    static void stop() {
        app.stop();
        vietnameseApp.stop();
    }

    static JsonNode search(String query) throws Exception {
        Http.Response r = http.get("/api/search?" + query);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    static List<String> urls(JsonNode result) {
        List<String> urls = new ArrayList<>();
        result.path("hits").forEach(h -> urls.add(h.path("url").asText()));
        return urls;
    }

    static JsonNode hitFor(JsonNode result, String url) {
        for (JsonNode hit : result.path("hits")) {
            if (hit.path("url").asText().equals(url)) {
                return hit;
            }
        }
        throw new AssertionError(url + " is not among the hits: " + result);
    }

    static List<String> snippets(JsonNode hit) {
        List<String> snippets = new ArrayList<>();
        hit.path("snippets").forEach(s -> snippets.add(s.asText()));
        return snippets;
    }

    @Test
    void englishQueryMatchesStemmedFormsAndMarksThem() throws Exception {
        JsonNode result = search("q=pensioner");
        assertThat(urls(result)).containsExactlyInAnyOrder(Fixtures.PENSION_EN.url(), Fixtures.DRAFT_EN.url(),
                Fixtures.HTML_EN.url());
        JsonNode hit = hitFor(result, Fixtures.PENSION_EN.url());
        assertThat(String.join(" ", snippets(hit))).contains("<mark>pensions</mark>", "<mark>Pensioners</mark>");
        assertThat(hit.path("title").asText()).isEqualTo(Fixtures.PENSION_EN.title());
        assertThat(hit.path("published").asText()).isEqualTo("2024-05-10T09:00:00Z");
        assertThat(hit.path("language").asText()).isEqualTo("en");
        assertThat(hit.path("site").asText()).isEqualTo("www.gov.uk");
        assertThat(hit.path("score").asDouble()).isPositive();
        assertThat(hit.path("removed").asBoolean()).isFalse();
        assertThat(hit.path("translations").get(0).path("language").asText()).isEqualTo("de");
        assertThat(hit.path("translations").get(0).path("id").asText()).isEqualTo(Fixtures.id(Fixtures.PENSION_DE));
    }

    @Test
    void responseHasEveryContractField() throws Exception {
        JsonNode result = search("q=pension");
        assertThat(result.fieldNames()).toIterable().contains("total", "total_documents", "page", "size", "took_ms",
                "hits", "facets", "suggestion", "cursor");
        assertThat(result.path("hits").get(0).fieldNames()).toIterable().containsExactlyInAnyOrder("id", "url",
                "title", "published", "language", "site", "score", "snippets", "translations", "removed",
                "removed_at", "duplicates");
    }

    @Test
    void snippetsAreWholeSentences() throws Exception {
        JsonNode hit = search("q=increase").path("hits").get(0);
        assertThat(snippets(hit)).containsExactly("Pensioners will receive an <mark>increase</mark> from April. "
                + "The minister said the plan protects older workers.");
    }

    @Test
    void recencyDoesNotBuryAnExactTitleMatch() throws Exception {
        assertThat(urls(search("q=" + Http.encode("security notice"))))
                .containsExactly(Fixtures.HTML_EN.url(), Fixtures.PENSION_EN.url());
    }

    @Test
    void chineseQueryFindsTheLongerWordAndMarksIt() throws Exception {
        JsonNode result = search("q=" + encode("老龄"));
        assertThat(urls(result)).containsExactly(Fixtures.AGEING_ZH.url());
        String snippet = snippets(result.path("hits").get(0)).getFirst();
        assertThat(snippet).contains("<mark>老龄</mark>").startsWith("国家").endsWith("。");
    }

    @Test
    void russianQueryMatchesAnotherCaseOfTheWord() throws Exception {
        JsonNode result = search("q=" + encode("реформы"));
        assertThat(urls(result)).containsExactly(Fixtures.REFORM_RU.url());
        assertThat(String.join(" ", snippets(result.path("hits").get(0)))).contains("<mark>реформу</mark>");
    }

    @Test
    void japaneseQueryFindsTheJapanesePage() throws Exception {
        assertThat(urls(search("q=" + encode("年金")))).containsExactly(Fixtures.PENSION_JA.url());
    }

    @Test
    void phraseMatchesOnlyInOrder() throws Exception {
        assertThat(urls(search("q=" + encode("\"state pensions\"")))).containsExactly(Fixtures.PENSION_EN.url());
        assertThat(search("q=" + encode("\"pensions state\"")).path("total").asLong()).isZero();
    }

    @Test
    void excludedWordRemovesPages() throws Exception {
        assertThat(urls(search("q=" + encode("pension -draft"))))
                .contains(Fixtures.PENSION_EN.url()).doesNotContain(Fixtures.DRAFT_EN.url());
    }

    @Test
    void orMatchesEither() throws Exception {
        assertThat(urls(search("q=" + encode("budget OR rentenreform"))))
                .containsExactlyInAnyOrder(Fixtures.BUDGET_EN.url(), Fixtures.PENSION_DE.url());
    }

    @Test
    void titlePrefixIgnoresBodies() throws Exception {
        assertThat(urls(search("q=" + encode("title:pension"))))
                .containsExactlyInAnyOrder(Fixtures.PENSION_EN.url(), Fixtures.DRAFT_EN.url());
    }

    @Test
    void htmlInPageTextComesBackEscaped() throws Exception {
        JsonNode result = search("q=phishing");
        String snippet = String.join(" ", snippets(result.path("hits").get(0)));
        assertThat(snippet).contains("&lt;script&gt;", "<mark>phishing</mark>").doesNotContain("<script>");
        assertThat(snippet.replace("<mark>", "").replace("</mark>", "")).doesNotContain("<", ">");
    }

    @Test
    void queryMadeOfMarkupOrLuceneSyntaxIsHarmless() throws Exception {
        for (String q : List.of("<script>alert(1)</script>", "AND ( ) : * ~ ^ \\ /", "title:", "\"", "a:b* c~2 (d",
                "-", "OR")) {
            JsonNode result = search("q=" + encode(q));
            assertThat(result.path("total").isNumber()).as(q).isTrue();
        }
    }

    @Test
    void removedPagesStaySearchableAndSaySo() throws Exception {
        JsonNode hit = search("q=" + encode("draft pension")).path("hits").get(0);
        assertThat(hit.path("url").asText()).isEqualTo(Fixtures.DRAFT_EN.url());
        assertThat(hit.path("removed").asBoolean()).isTrue();
        assertThat(hit.path("removed_at").asText()).isEqualTo(Fixtures.REMOVED_AT);
        assertThat(search("q=budget").path("hits").get(0).path("removed_at").isNull()).isTrue();
    }

    @Test
    void queryInALanguageWithoutFieldsIsSearchedUnstemmed() throws Exception {
        assertThat(vietnamese.get("/api/search?q=pensioner").json().path("total").asLong()).isZero();
        assertThat(urls(vietnamese.get("/api/search?q=pensions").json())).containsExactly(Fixtures.PENSION_EN.url());
    }

    @Test
    void languageFilterChoosesTheFieldsWhateverTheDetectorSays() throws Exception {
        JsonNode result = vietnamese.get("/api/search?q=pensioner&lang=en").json();
        assertThat(urls(result)).containsExactlyInAnyOrder(Fixtures.PENSION_EN.url(), Fixtures.DRAFT_EN.url(),
                Fixtures.HTML_EN.url());
    }

    @Test
    void questionFindsThePageThatAnswersItThoughNotEveryWordIsInIt() throws Exception {
        JsonNode result = search("q=" + encode("when will pensioners receive the increase"));
        assertThat(urls(result)).first().isEqualTo(Fixtures.PENSION_EN.url());
    }

    @Test
    void chineseQuestionWrittenWithoutSpacesFindsThePage() throws Exception {
        assertThat(urls(search("q=" + encode("国家老龄办召开了什么会议")))).first().isEqualTo(Fixtures.AGEING_ZH.url());
    }

    @Test
    void oneOrTwoWordsAreAllRequired() throws Exception {
        assertThat(search("q=" + encode("pension budget")).path("total").asLong()).isZero();
    }

    @Test
    void fromThreeWordsAnyWordMatchesAndPagesWithMoreOfThemRankFirst() throws Exception {
        assertThat(urls(search("q=" + encode("pension workers scams")))).containsExactly(Fixtures.PENSION_EN.url(),
                Fixtures.DRAFT_EN.url(), Fixtures.HTML_EN.url());
    }

    @Test
    void stopWordsOfTheQueryLanguageAreNotRequired() throws Exception {
        // Two words are both required; "is" is an English stop word the page lacks. Without a known language no
        // field tells a stop word, so it counts.
        assertThat(urls(search("lang=en&q=" + encode("is scams")))).containsExactly(Fixtures.PENSION_EN.url());
        assertThat(search("q=" + encode("is scams")).path("total").asLong()).isZero();
    }

    @Test
    void longerQueriesNeedFewerWordsAndPagesWithEveryWordRankFirst() throws Exception {
        JsonNode result = search("q=" + encode("draft pension contributions employers workers retire"));
        assertThat(urls(result)).startsWith(Fixtures.DRAFT_EN.url()).contains(Fixtures.PENSION_EN.url());
    }

    @Test
    void suggestsSpellingForWordsNotInTheIndex() throws Exception {
        assertThat(search("q=pensoin").path("suggestion").asText()).isEqualTo("pension");
        assertThat(search("q=pension").path("suggestion").isNull()).isTrue();
    }
}
