package gazette.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import gazette.core.Page;
import gazette.core.PageDocument;
import gazette.testing.TestElasticsearch;
import gazette.testing.WithElasticsearch;
import io.javalin.Javalin;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Near-duplicates collapse into one hit in {@code GET /api/search}, over real HTTP and a real Elasticsearch. */
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
        Fixtures.index(es, sources);
        app = new SearchApi(es.client(), es.index()).start("127.0.0.1", 0);
        http = new Http(app.port());
    }

    @AfterAll
    static void stop() {
        app.stop();
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
    void totalAndFacetsStillCountEveryPage() throws Exception {
        JsonNode result = search("q=flood");
        assertThat(result.path("total").asLong()).isEqualTo(4);
        assertThat(result.path("facets").path("site").toString())
                .contains("{\"value\":\"www.gov.uk\",\"count\":3}", "{\"value\":\"mirror.example\",\"count\":1}");
    }

    @Test
    void pagesWithoutAGroupAreNotMergedWithEachOther() throws Exception {
        JsonNode result = search("q=drought");
        assertThat(SearchApiIT.urls(result)).containsExactlyInAnyOrder(DROUGHT_NORTH.url(), DROUGHT_SOUTH.url());
    }

    @Test
    void cursorPagesAreNotCollapsedSoTheWalkReachesEveryPageOnce() throws Exception {
        JsonNode page = search("q=flood&size=1&sort=newest");
        List<String> walked = new ArrayList<>(SearchApiIT.urls(page));
        while (!page.path("cursor").isNull()) {
            page = search("q=flood&size=1&sort=newest&cursor=" + page.path("cursor").asText());
            walked.addAll(SearchApiIT.urls(page));
        }
        assertThat(walked).doesNotHaveDuplicates().hasSize(4);
    }
}
