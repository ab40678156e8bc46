package gazette.api.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import gazette.core.Json;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Checks the request sent to Elasticsearch as JSON, the form Elasticsearch itself reads. */
class SearchRequestsTest {

    private static JsonNode request(String... nameValues) throws Exception {
        Map<String, List<String>> params = new HashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            params.computeIfAbsent(nameValues[i], k -> new ArrayList<>()).add(nameValues[i + 1]);
        }
        String text = SearchRequests.build("idx", SearchParamsParser.parse(params)).toString();
        return Json.mapper().readTree(text.substring(text.indexOf('{')));
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
    void wordsAreRequiredAndExclusionsForbidden() throws Exception {
        JsonNode bool = request("q", "pension reform -draft").path("query").path("function_score").path("query")
                .path("bool");
        assertThat(bool.path("must")).hasSize(2);
        assertThat(bool.path("must_not").get(0).path("multi_match").path("query").asText()).isEqualTo("draft");
        assertThat(bool.path("should").get(0).path("multi_match").path("type").asText()).isEqualTo("phrase");
    }

    @Test
    void queryRunsOverNeutralCjkAndEveryLanguageFieldWithTitlesBoosted() throws Exception {
        JsonNode match = request("q", "tax").findValue("multi_match");
        List<String> fields = new ArrayList<>();
        match.path("fields").forEach(f -> fields.add(f.asText()));
        assertThat(fields).contains("title^3", "title_cjk^3", "title_en^3", "title_zh^3", "body", "body_cjk",
                "body_ru", "body_ja");
        assertThat(match.path("operator").asText()).isEqualToIgnoringCase("and");
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
