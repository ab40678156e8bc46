package gazette.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import gazette.testing.TestElasticsearch;
import gazette.testing.WithElasticsearch;
import io.javalin.Javalin;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Filters, facets, sorting and paging of {@code GET /api/search} over real HTTP and a real Elasticsearch. */
@WithElasticsearch
class SearchFacetsAndPagingIT {
    private static Javalin app;
    private static Http http;

    @BeforeAll
    static void start(TestElasticsearch es) throws Exception {
        Fixtures.index(es);
        app = new SearchApi(es.client(), es.index()).start("127.0.0.1", 0);
        http = new Http(app.port());
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    private static JsonNode search(String query) throws Exception {
        Http.Response r = http.get("/api/search?" + query);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    private static Map<String, Long> facet(JsonNode result, String name) {
        Map<String, Long> counts = new LinkedHashMap<>();
        result.path("facets").path(name).forEach(v -> counts.put(v.path("value").asText(), v.path("count").asLong()));
        return counts;
    }

    private static List<String> published(JsonNode result) {
        List<String> dates = new ArrayList<>();
        result.path("hits").forEach(h -> dates.add(h.path("published").asText()));
        return dates;
    }

    @Test
    void filtersNarrowHitsWhileEachFacetIgnoresItsOwnFilter() throws Exception {
        JsonNode result = search("q=pension&lang=en&site=www.gov.uk");
        assertThat(SearchApiIT.urls(result)).containsExactly(Fixtures.PENSION_EN.url());
        assertThat(result.path("total").asLong()).isEqualTo(1);
        assertThat(facet(result, "site")).containsExactly(Map.entry("www.canada.ca", 2L), Map.entry("www.gov.uk", 1L));
        assertThat(facet(result, "language")).containsExactly(Map.entry("en", 1L));
        assertThat(facet(result, "year")).containsExactly(Map.entry("2024", 1L));
    }

    @Test
    void repeatedLanguagesMatchAnyOfThem() throws Exception {
        JsonNode result = search("lang=zh&lang=ja");
        assertThat(SearchApiIT.urls(result)).containsExactly(Fixtures.AGEING_ZH.url(), Fixtures.PENSION_JA.url());
        assertThat(facet(result, "language")).containsEntry("en", 4L).containsEntry("zh", 1L).hasSize(5);
    }

    @Test
    void dateRangeFiltersAndYearFacetStillCountsEveryYear() throws Exception {
        JsonNode result = search("from=2024-01-01&to=2024-05-10");
        assertThat(result.path("total").asLong()).isEqualTo(2);
        assertThat(published(result)).containsExactly("2024-05-10T09:00:00Z", "2024-02-02T09:00:00Z");
        assertThat(facet(result, "year")).containsExactly(Map.entry("2024", 4L), Map.entry("2023", 2L),
                Map.entry("2022", 1L), Map.entry("2021", 1L));
    }

    @Test
    void emptyQueryBrowsesNewestFirst() throws Exception {
        JsonNode result = search("");
        assertThat(result.path("total").asLong()).isEqualTo(Fixtures.ALL.size());
        assertThat(published(result)).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(result.path("hits").get(0).path("url").asText()).isEqualTo(Fixtures.AGEING_ZH.url());
        assertThat(result.path("hits").get(0).path("snippets").get(0).asText()).startsWith("国家老龄办");
    }

    @Test
    void browsingSnippetIsThePageOpeningEscaped() throws Exception {
        JsonNode hit = search("site=www.canada.ca&sort=oldest").path("hits").get(0);
        assertThat(hit.path("url").asText()).isEqualTo(Fixtures.HTML_EN.url());
        assertThat(hit.path("snippets").get(0).asText())
                .startsWith("Beware of phishing pages containing &lt;script&gt;alert(1)&lt;")
                .doesNotContain("<mark>", "<script", "</script");
    }

    @Test
    void sortNewestAndOldestOrderMatchesByDate() throws Exception {
        assertThat(published(search("q=pension&sort=newest"))).isSortedAccordingTo((a, b) -> b.compareTo(a))
                .hasSize(3);
        assertThat(published(search("q=pension&sort=oldest"))).isSorted().hasSize(3);
    }

    @Test
    void pagesAndCursorWalkTheSameOrder() throws Exception {
        List<String> all = SearchApiIT.urls(search("size=6"));
        JsonNode first = search("size=3");
        JsonNode second = search("size=3&cursor=" + first.path("cursor").asText());
        JsonNode secondByPage = search("size=3&page=2");
        assertThat(SearchApiIT.urls(first)).isEqualTo(all.subList(0, 3));
        assertThat(SearchApiIT.urls(second)).isEqualTo(all.subList(3, 6));
        assertThat(SearchApiIT.urls(secondByPage)).isEqualTo(all.subList(3, 6));
        assertThat(search("size=100").path("cursor").isNull()).isTrue();
    }

    @Test
    void cursorWorksWithRelevanceOrder() throws Exception {
        JsonNode first = search("q=pension&size=2");
        JsonNode second = search("q=pension&size=2&cursor=" + first.path("cursor").asText());
        assertThat(SearchApiIT.urls(second)).hasSize(1).doesNotContainAnyElementsOf(SearchApiIT.urls(first));
    }

    @Test
    void cursorFromAnotherOrderIs400() throws Exception {
        String cursor = search("size=1&sort=oldest").path("cursor").asText();
        Http.Response r = http.get("/api/search?size=1&sort=newest&cursor=" + cursor);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().path("detail").asText()).contains("'cursor'");
    }

    @Test
    void badParameterIs400NamingIt() throws Exception {
        Http.Response r = http.get("/api/search?q=pension&lang=en&pagesize=5");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().path("detail").asText()).contains("'pagesize'");
        Http.Response tooBig = http.get("/api/search?q=pension&size=101");
        assertThat(tooBig.status()).isEqualTo(400);
        assertThat(tooBig.json().path("detail").asText()).contains("'size'");
    }
}
