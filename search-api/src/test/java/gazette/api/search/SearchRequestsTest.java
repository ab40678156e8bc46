package gazette.api.search;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch._types.FieldValue;
import com.fasterxml.jackson.databind.JsonNode;
import gazette.core.Json;
import gazette.core.LanguageDetector;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Checks the request sent to Elasticsearch as JSON, the form Elasticsearch itself reads. */
class SearchRequestsTest {

    private static JsonNode request(String... nameValues) throws Exception {
        return request(LanguageDetector.NONE, nameValues);
    }

    private static JsonNode request(LanguageDetector detector, String... nameValues) throws Exception {
        Map<String, List<String>> params = new HashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            params.computeIfAbsent(nameValues[i], k -> new ArrayList<>()).add(nameValues[i + 1]);
        }
        SearchParams p = SearchParamsParser.parse(params);
        String text = SearchRequests.build("idx", p, QueryLanguages.choose(p, detector), Duplicates.collapsible(p))
                .toString();
        return Json.mapper().readTree(text.substring(text.indexOf('{')));
    }

    private static JsonNode relevanceBool(JsonNode request) {
        return request.path("query").path("function_score").path("query").path("bool");
    }

    private static List<String> fields(JsonNode request) {
        List<String> fields = new ArrayList<>();
        request.findValue("multi_match").path("fields").forEach(f -> fields.add(f.asText()));
        return fields;
    }

    private static List<String> matchTexts(JsonNode node) {
        return node.findValues("multi_match").stream().map(m -> m.path("query").asText()).toList();
    }

    @Test
    void userTextReachesElasticsearchOnlyAsMatchText() throws Exception {
        JsonNode json = request("q", "(a AND b*) OR title:\"x:y\" -c~2 <script>");
        assertThat(json.findValues("query_string")).isEmpty();
        assertThat(json.findValues("simple_query_string")).isEmpty();
        assertThat(matchTexts(json.path("query"))).contains("(a", "b*)", "x:y", "<script>", "c~2");
    }

    @Test
    void wordsNeedAllUpToTwoThenMostWithEveryWordAndProximityRewarded() throws Exception {
        JsonNode bool = relevanceBool(request("q", "pension reform -draft"));
        JsonNode words = bool.path("must").get(0).path("bool");
        assertThat(matchTexts(words)).containsExactly("pension", "reform");
        assertThat(words.path("minimum_should_match").asText()).isEqualTo(TextQuery.MINIMUM_WORDS);
        assertThat(bool.path("should").get(0).path("bool").path("must")).hasSize(2);
        assertThat(bool.path("should").get(1).path("multi_match").path("type").asText()).isEqualTo("phrase");
        assertThat(bool.path("should").get(1).path("multi_match").path("query").asText()).isEqualTo("pension reform");
    }

    @Test
    void aSentenceInAScriptWithoutSpacesMakesAnyWordEnough() throws Exception {
        JsonNode words = relevanceBool(request("q", "2015 赛季黑豹队的防守被拦截了多少次")).path("must").get(0).path("bool");
        assertThat(matchTexts(words)).containsExactly("2015", "赛季黑豹队的防守被拦截了多少次");
        assertThat(words.path("minimum_should_match").asText()).isEqualTo(TextQuery.ANY_WORD);
        JsonNode twoWords = relevanceBool(request("q", "2015 国家老龄办")).path("must").get(0).path("bool");
        assertThat(twoWords.path("minimum_should_match").asText()).isEqualTo(TextQuery.MINIMUM_WORDS);
    }

    @Test
    void languageWithoutFieldsRewardsAdjacentWordsStandingTogether() throws Exception {
        JsonNode should = relevanceBool(request(text -> List.of("vi"), "q", "ai hát quốc ca")).path("should");
        assertThat(should).hasSize(3);
        JsonNode pairs = should.get(2).path("bool").path("should");
        assertThat(pairs.findValues("type").stream().map(JsonNode::asText)).containsOnly("phrase");
        assertThat(matchTexts(pairs)).containsExactly("ai hát", "hát quốc", "quốc ca");
        assertThat(relevanceBool(request(text -> List.of("en"), "q", "who sang the anthem")).path("should"))
                .hasSize(2);
    }

    @Test
    void exclusionsForbidPagesWithTheWholeTerm() throws Exception {
        JsonNode excluded = relevanceBool(request("q", "pension -draft")).path("must_not").get(0).path("multi_match");
        assertThat(excluded.path("query").asText()).isEqualTo("draft");
        assertThat(excluded.path("operator").asText()).isEqualToIgnoringCase("and");
    }

    @Test
    void phrasesTitleTermsAndOrGroupsStayRequired() throws Exception {
        JsonNode must = relevanceBool(request("q", "\"state pension\" title:budget tax OR levy")).path("must");
        assertThat(must).hasSize(3);
        assertThat(must.get(0).path("multi_match").path("type").asText()).isEqualTo("phrase");
        assertThat(must.get(1).path("multi_match").path("query").asText()).isEqualTo("budget");
        assertThat(must.get(1).path("multi_match").path("operator").asText()).isEqualToIgnoringCase("and");
        assertThat(must.get(2).path("bool").path("minimum_should_match").asText()).isEqualTo("1");
        assertThat(matchTexts(must.get(2))).containsExactly("tax", "levy");
    }

    @Test
    void aWordOfManyTokensIsRelaxedLikeManyWords() throws Exception {
        JsonNode match = relevanceBool(request("q", "国家老龄办召开了什么会议")).path("must").get(0)
                .path("multi_match");
        assertThat(match.path("operator").asText()).isEqualToIgnoringCase("or");
        assertThat(match.path("minimum_should_match").asText()).isEqualTo(TextQuery.MINIMUM_TOKENS);
    }

    @Test
    void detectedLanguageAddsItsFieldsToNeutralCjkAndNames() throws Exception {
        assertThat(fields(request(text -> List.of("en"), "q", "tax"))).containsExactly("title^1.5", "title_cjk^3",
                "title_en^3", "title.names^1.5", "body^0.5", "body_cjk", "body_en", "body.names^0.25", "names^0.25");
    }

    @Test
    void detectedLanguageWithoutFieldsSearchesNeutralCjkAndNamesOnly() throws Exception {
        assertThat(fields(request(text -> List.of("vi", "az"), "q", "thuế"))).containsExactly("title^3",
                "title_cjk^3", "title.names^1.5", "body", "body_cjk", "body.names^0.25", "names^0.25");
    }

    @Test
    void languageFilterDecidesTheFieldsOverTheDetector() throws Exception {
        JsonNode json = request(text -> List.of("en"), "q", "steuer", "lang", "de", "lang", "fr");
        assertThat(fields(json)).contains("body_de", "body_fr", "title_de^3").doesNotContain("body_en");
        assertThat(json.path("highlight").path("fields").toString()).contains("body_de").doesNotContain("body_en");
    }

    @Test
    void detectorIsAskedAboutTheWordsNotTheSyntax() throws Exception {
        List<String> asked = new ArrayList<>();
        request(text -> {
            asked.add(text);
            return List.of();
        }, "q", "title:\"old age\" pension -draft");
        assertThat(asked).containsExactly("old age pension");
    }

    @Test
    void numberedPagesCollapseInElasticsearchCursorPagesCannot() throws Exception {
        JsonNode collapse = request("q", "tax").path("collapse");
        assertThat(collapse.path("field").asText()).isEqualTo("duplicate_group");
        assertThat(collapse.path("inner_hits").get(0).path("name").asText()).isEqualTo("duplicates");
        String cursor = new Cursor(Sort.RELEVANCE, List.of(FieldValue.of(1.5), FieldValue.of("u"))).encode();
        assertThat(request("q", "tax", "cursor", cursor).has("collapse")).isFalse();
    }

    @Test
    void everyPageCountsGroupsAndUngroupedPagesUnderTheFilters() throws Exception {
        String cursor = new Cursor(Sort.NEWEST, List.of(FieldValue.of(1L), FieldValue.of("u"))).encode();
        for (JsonNode request : List.of(request("q", "tax", "lang", "de"), request("lang", "de", "cursor", cursor))) {
            JsonNode counts = request.path("aggregations").path(Duplicates.COUNTS);
            assertThat(counts.path("filter").toString()).contains("{\"terms\":{\"language\":[\"de\"]}}");
            assertThat(counts.path("aggregations").path(Duplicates.GROUPS).path("cardinality").path("field").asText())
                    .isEqualTo("duplicate_group");
            assertThat(counts.path("aggregations").path(Duplicates.UNGROUPED).toString())
                    .contains("{\"exists\":{\"field\":\"duplicate_group\"}}");
        }
    }

    private static JsonNode json(co.elastic.clients.elasticsearch.core.SearchRequest request) throws Exception {
        String text = request.toString();
        return Json.mapper().readTree(text.substring(text.indexOf('{')));
    }

    @Test
    void groupLeadersAreAskedWithTheSameQueryAndOrderCollapsed() throws Exception {
        SearchParams p = SearchParamsParser.parse(Map.of("q", List.of("tax"), "lang", List.of("de")));
        JsonNode leaders = json(SearchRequests.leaders("idx", p, QueryLanguages.ALL, List.of("g1", "g2")));
        JsonNode page = json(SearchRequests.build("idx", p, QueryLanguages.ALL, true));
        assertThat(leaders.path("query")).isEqualTo(page.path("query"));
        assertThat(leaders.path("sort")).isEqualTo(page.path("sort"));
        assertThat(leaders.path("collapse").path("field").asText()).isEqualTo("duplicate_group");
        assertThat(leaders.path("size").asInt()).isEqualTo(2);
        assertThat(leaders.path("post_filter").toString()).contains("{\"terms\":{\"language\":[\"de\"]}}",
                "{\"terms\":{\"duplicate_group\":[\"g1\",\"g2\"]}}");
    }

    @Test
    void laterBatchesOfACursorPageContinueAfterTheLastHitWithoutFacets() throws Exception {
        SearchParams p = SearchParamsParser.parse(Map.of("q", List.of("tax")));
        JsonNode after = json(SearchRequests.after("idx", p, QueryLanguages.ALL,
                List.of(FieldValue.of(2.5), FieldValue.of(7L), FieldValue.of("https://a.example/"))));
        assertThat(after.path("search_after").toString()).isEqualTo("[2.5,7,\"https://a.example/\"]");
        assertThat(after.has("aggregations")).isFalse();
        assertThat(after.has("collapse")).isFalse();
        assertThat(after.has("highlight")).isTrue();
    }

    @Test
    void queryRunsOverNeutralCjkAndEveryLanguageFieldWithTitlesBoosted() throws Exception {
        JsonNode match = request("q", "tax").findValue("multi_match");
        List<String> fields = new ArrayList<>();
        match.path("fields").forEach(f -> fields.add(f.asText()));
        assertThat(fields).contains("title^3", "title_cjk^3", "title_en^3", "title_zh^3", "body", "body_cjk",
                "body_ru", "body_ja");
        assertThat(match.path("operator").asText()).isEqualToIgnoringCase("or");
        assertThat(match.path("minimum_should_match").asText()).isEqualTo(TextQuery.MINIMUM_TOKENS);
    }

    @Test
    void titlePrefixSearchesTitlesOnly() throws Exception {
        JsonNode match = request("q", "title:budget").findValue("multi_match");
        match.path("fields").forEach(f -> assertThat(f.asText()).startsWith("title"));
    }

    @Test
    void filtersGoToPostFilterAndEachFacetIgnoresItsOwn() throws Exception {
        JsonNode json = request("q", "tax", "lang", "en", "site", "a.gov", "from", "2024-01-01");
        assertThat(json.path("post_filter").toString()).contains("\"en\"", "a.gov", "2024-01-01");
        JsonNode aggs = json.path("aggregations");
        assertThat(aggs.path("language").path("filter").toString()).doesNotContain("\"en\"").contains("a.gov");
        assertThat(aggs.path("site").path("filter").toString()).doesNotContain("a.gov").contains("\"en\"");
        assertThat(aggs.path("year").path("filter").toString()).doesNotContain("2024-01-01").contains("a.gov");
        assertThat(json.path("query").toString()).doesNotContain("a.gov");
    }

    @Test
    void emptyQueryBrowsesNewestFirstWithoutRecency() throws Exception {
        JsonNode json = request("site", "a.gov");
        assertThat(json.path("query").has("function_score")).isFalse();
        assertThat(json.path("sort").get(0).has("published")).isTrue();
        assertThat(json.path("suggest").isMissingNode()).isTrue();
    }

    @Test
    void highlightsEscapedWithMarkTags() throws Exception {
        JsonNode highlight = request("q", "tax").path("highlight");
        assertThat(highlight.path("encoder").asText()).isEqualTo("html");
        assertThat(highlight.path("pre_tags").get(0).asText()).isEqualTo("<mark>");
        assertThat(highlight.path("boundary_scanner").asText()).isEqualTo("sentence");
        assertThat(highlight.path("fields").toString()).contains("body_zh", "title_en");
    }

    @Test
    void pagingUsesOffsetOrCursorAndEndsSortOnUrl() throws Exception {
        JsonNode json = request("q", "tax", "page", "3", "size", "20");
        assertThat(json.path("from").asInt()).isEqualTo(40);
        assertThat(json.path("size").asInt()).isEqualTo(20);
        assertThat(json.path("sort").toString()).contains("_score", "url");
    }
}
