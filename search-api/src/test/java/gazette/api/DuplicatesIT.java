package gazette.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import gazette.core.Page;
import gazette.core.PageDocument;
import gazette.testing.TestElasticsearch;
import gazette.testing.WithElasticsearch;
import io.javalin.Javalin;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Near-duplicates collapse into one hit in {@code GET /api/search}, on numbered and cursor pages, and the totals
 * count them so, over real HTTP and a real Elasticsearch.
 */
@WithElasticsearch
class DuplicatesIT {
    private static final String FLOOD_TEXT = "The agency issued a flood warning for the river valley. "
            + "Residents should move valuables upstairs.";
    private static final Page FLOOD = Fixtures.page("https://www.gov.uk/news/flood-warning", "www.gov.uk",
            "Flood warning for the river valley", "2024-03-01", "en", FLOOD_TEXT);
    private static final Page FLOOD_PRINT = Fixtures.page("https://www.gov.uk/news/flood-warning?print=1",
            "www.gov.uk", "Flood warning for the river valley", "2024-03-01", "en", FLOOD_TEXT + " Printed page.");
    private static final Page FLOOD_MIRROR = Fixtures.page("https://mirror.example/flood-warning", "mirror.example",
            "Flood warning for the river valley", "2024-03-01", "en", FLOOD_TEXT + " Mirrored.");
    private static final Page DEFENCES = Fixtures.page("https://www.gov.uk/news/flood-defences", "www.gov.uk",
            "New flood defences", "2024-04-01", "en", "Flood defences were completed along the coast.");
    private static final Page DROUGHT_NORTH = Fixtures.page("https://www.gov.uk/news/drought-north", "www.gov.uk",
            "Drought in the north", "2024-07-01", "en", "A drought was declared in the north.");
    private static final Page DROUGHT_SOUTH = Fixtures.page("https://www.gov.uk/news/drought-south", "www.gov.uk",
            "Drought in the south", "2024-07-02", "en", "A drought was declared in the south.");
    /**
     * Three groups spread over the newest-first order so that a cursor page which did not collapse would show a
     * group again: A1, B1 | C, A2, D, B2 | A3, E, B3. D has no group, as a page indexed before groups existed.
     */
    private static final List<Page> STORM_A = List.of(storm("a1", "2024-09-10", 1), storm("a2", "2024-09-07", 3),
            storm("a3", "2024-09-04", 2));
    private static final List<Page> STORM_B = List.of(storm("b1", "2024-09-09", 2), storm("b2", "2024-09-05", 1),
            storm("b3", "2024-09-02", 3));
    private static final Page STORM_C = storm("c", "2024-09-08", 1);
    private static final Page STORM_D = storm("d", "2024-09-06", 2);
    private static final Page STORM_E = storm("e", "2024-09-03", 3);
    private static final Map<String, String> STORM_GROUP_OF_URL = new HashMap<>();
    private static Javalin app;
    private static Http http;

    @BeforeAll
    static void start(TestElasticsearch es) throws Exception {
        List<Map<String, Object>> sources = new ArrayList<>();
        for (Page p : List.of(FLOOD, FLOOD_PRINT, FLOOD_MIRROR)) {
            sources.add(grouped(p, "flood-warning-group"));
        }
        sources.add(grouped(DEFENCES, PageDocument.id(DEFENCES.url())));
        // Written before groups existed: each must stay a hit of its own, not collapse into one "no group" group.
        sources.add(PageDocument.source(DROUGHT_NORTH));
        sources.add(PageDocument.source(DROUGHT_SOUTH));
        sources.addAll(stormSources());
        Fixtures.index(es, sources);
        app = new SearchApi(es.client(), es.index()).start("127.0.0.1", 0);
        http = new Http(app.port());
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    /** The more often "storm" is said, the higher the page ranks by relevance, whatever its date. */
    private static Page storm(String name, String published, int storms) {
        return Fixtures.page("https://weather.example/storm-" + name, "weather.example", "Weather warning " + name,
                published, "en", "Region " + name + " expects a " + "storm and ".repeat(storms) + "rain.");
    }

    private static List<Map<String, Object>> stormSources() {
        List<Map<String, Object>> sources = new ArrayList<>();
        STORM_A.forEach(p -> sources.add(grouped(p, "storm-a")));
        STORM_B.forEach(p -> sources.add(grouped(p, "storm-b")));
        for (Page own : List.of(STORM_C, STORM_E)) {
            sources.add(grouped(own, PageDocument.id(own.url())));
        }
        sources.add(PageDocument.source(STORM_D));
        sources.forEach(s -> STORM_GROUP_OF_URL.put((String) s.get(PageDocument.URL),
                (String) s.getOrDefault(PageDocument.DUPLICATE_GROUP, (String) s.get(PageDocument.URL))));
        return sources;
    }

    private static Map<String, Object> grouped(Page page, String group) {
        Map<String, Object> source = PageDocument.source(page);
        source.put(PageDocument.DUPLICATE_GROUP, group);
        return source;
    }

    private static JsonNode search(String query) throws Exception {
        Http.Response r = http.get("/api/search?" + query);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    private static JsonNode hitIn(JsonNode result, List<String> urls) {
        for (JsonNode hit : result.path("hits")) {
            if (urls.contains(hit.path("url").asText())) {
                return hit;
            }
        }
        throw new AssertionError("none of " + urls + " among the hits: " + result);
    }

    @Test
    void nearDuplicatesShowAsOneHitNamingTheOthers() throws Exception {
        JsonNode result = search("q=flood");
        assertThat(result.path("hits")).hasSize(2);
        List<String> group = List.of(FLOOD.url(), FLOOD_PRINT.url(), FLOOD_MIRROR.url());
        JsonNode hit = hitIn(result, group);
        List<String> all = new ArrayList<>(group.stream().map(PageDocument::id).toList());
        all.remove(hit.path("id").asText());
        assertThat(hit.path("duplicates").path("count").asLong()).isEqualTo(2);
        List<String> ids = new ArrayList<>();
        hit.path("duplicates").path("ids").forEach(id -> ids.add(id.asText()));
        assertThat(ids).containsExactlyInAnyOrderElementsOf(all);
        assertThat(hitIn(result, List.of(DEFENCES.url())).path("duplicates").path("count").asLong()).isZero();
    }

    @Test
    void totalCountsCollapsedResultsAndTotalDocumentsEveryPage() throws Exception {
        JsonNode result = search("q=flood");
        assertThat(result.path("total").asLong()).isEqualTo(2);
        assertThat(result.path("total_documents").asLong()).isEqualTo(4);
        assertThat(result.path("facets").path("site").toString())
                .contains("{\"value\":\"www.gov.uk\",\"count\":3}", "{\"value\":\"mirror.example\",\"count\":1}");
        JsonNode storm = search("q=storm");
        assertThat(storm.path("total").asLong()).isEqualTo(5);
        assertThat(storm.path("total_documents").asLong()).isEqualTo(9);
    }

    @Test
    void totalFollowsTheFilters() throws Exception {
        JsonNode result = search("q=storm&from=2024-09-05&sort=newest");
        assertThat(result.path("total").asLong()).as("A1, B1, C, D; A2 and B2 collapsed").isEqualTo(4);
        assertThat(result.path("total_documents").asLong()).isEqualTo(6);
        JsonNode a1 = hitIn(result, List.of(STORM_A.get(0).url()));
        assertThat(a1.path("duplicates").path("count").asLong()).as("A3 is filtered out").isEqualTo(1);
    }

    @Test
    void pagesWithoutAGroupAreNotMergedWithEachOther() throws Exception {
        JsonNode result = search("q=drought");
        assertThat(SearchApiIT.urls(result)).containsExactlyInAnyOrder(DROUGHT_NORTH.url(), DROUGHT_SOUTH.url());
    }

    @Test
    void uncollapsedSearchCountsEveryPageInBothTotals() throws Exception {
        JsonNode result = search("q=drought");
        assertThat(result.path("total").asLong()).isEqualTo(2);
        assertThat(result.path("total_documents").asLong()).isEqualTo(2);
    }

    /** Follows every cursor from the first page; the URLs of all the hits seen, in order. */
    private static List<String> walkByCursor(String query) throws Exception {
        JsonNode page = search(query);
        List<String> walked = new ArrayList<>(SearchApiIT.urls(page));
        for (int pages = 1; !page.path("cursor").isNull(); pages++) {
            assertThat(pages).as("walk of " + query + " ends").isLessThan(20);
            page = search(query + "&cursor=" + page.path("cursor").asText());
            page.path("hits").forEach(h -> assertThat(h.path("removed").isBoolean()).as(h.toString()).isTrue());
            walked.addAll(SearchApiIT.urls(page));
        }
        return walked;
    }

    @ParameterizedTest
    @CsvSource({"newest,1", "newest,2", "newest,3", "oldest,2", "relevance,1", "relevance,2", "relevance,4"})
    void cursorPagesShowEveryGroupOnceAndAgreeWithTheTotal(String sort, int size) throws Exception {
        String query = "q=storm&sort=" + sort + "&size=" + size;
        List<String> walked = walkByCursor(query);
        assertThat(walked.stream().map(STORM_GROUP_OF_URL::get).toList()).as(walked.toString())
                .doesNotHaveDuplicates().hasSize(5);
        assertThat(search(query).path("total").asLong()).isEqualTo(walked.size());
    }

    @Test
    void cursorPagesShowTheGroupsFirstRankedPageWithItsDuplicates() throws Exception {
        assertThat(walkByCursor("q=storm&sort=newest&size=2")).containsExactly(STORM_A.get(0).url(),
                STORM_B.get(0).url(), STORM_C.url(), STORM_D.url(), STORM_E.url());
        assertThat(walkByCursor("q=storm&sort=oldest&size=2")).containsExactly(STORM_B.get(2).url(),
                STORM_E.url(), STORM_A.get(2).url(), STORM_D.url(), STORM_C.url());
        JsonNode second = search("q=storm&sort=oldest&size=2&cursor="
                + search("q=storm&sort=oldest&size=2").path("cursor").asText());
        JsonNode a3 = hitIn(second, List.of(STORM_A.get(2).url()));
        assertThat(a3.path("duplicates").path("count").asLong()).isEqualTo(2);
        assertThat(a3.path("duplicates").path("ids").toString()).contains(Fixtures.id(STORM_A.get(0)),
                Fixtures.id(STORM_A.get(1)));
    }

    @Test
    void cursorPagesShowWhatNumberedPagesShow() throws Exception {
        List<String> numbered = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            numbered.addAll(SearchApiIT.urls(search("q=storm&sort=relevance&size=2&page=" + page)));
        }
        assertThat(walkByCursor("q=storm&sort=relevance&size=2")).isEqualTo(numbered);
    }
}
