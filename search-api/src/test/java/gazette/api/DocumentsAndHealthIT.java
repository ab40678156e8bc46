package gazette.api;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import com.fasterxml.jackson.databind.JsonNode;
import gazette.api.admin.AdminAccess;
import gazette.core.FetchHistory;
import gazette.core.LanguageDetector;
import gazette.core.PageDocument;
import gazette.testing.TestElasticsearch;
import gazette.testing.WithElasticsearch;
import io.javalin.Javalin;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code GET /api/documents/{id}} and {@code GET /api/health} over real HTTP and a real Elasticsearch. */
@WithElasticsearch
class DocumentsAndHealthIT {
    private static Javalin app;
    private static Javalin appWithoutIndex;
    private static Javalin appWithHistory;
    private static Http http;
    private static Http withHistory;

    @BeforeAll
    static void start(TestElasticsearch es) throws Exception {
        Fixtures.index(es);
        app = new SearchApi(es.client(), es.index()).start("127.0.0.1", 0);
        appWithoutIndex = new SearchApi(es.client(), es.index() + "-never-created").start("127.0.0.1", 0);
        http = new Http(app.port());
        String history = es.index() + "-fetch-history";
        recordFetches(es, history);
        appWithHistory = new SearchApi(es.client(), es.index(), history, AdminAccess.off(), Meters.prometheus(),
                LanguageDetector.NONE).start("127.0.0.1", 0);
        withHistory = new Http(appWithHistory.port());
    }

    @AfterAll
    static void stop() {
        app.stop();
        appWithoutIndex.stop();
        appWithHistory.stop();
    }

    /** Three fetches of the English page, one of them under its other URL, and one of another page. */
    private static void recordFetches(TestElasticsearch es, String index) throws Exception {
        es.client().indices().create(c -> c.index(index).withJson(new StringReader(FetchHistory.definition())));
        List<Map<String, Object>> events = List.of(
                fetch(Fixtures.PENSION_EN.url(), "2024-05-10T10:00:00Z", 200, "indexed", true),
                fetch(Fixtures.PENSION_EN_ALIAS, "2024-06-01T10:00:00Z", 200, "unchanged", false),
                fetch(Fixtures.PENSION_EN.url(), "2024-07-01T10:00:00Z", 304, "not_modified", false),
                fetch(Fixtures.BUDGET_EN.url(), "2024-08-01T10:00:00Z", 200, "indexed", true));
        List<BulkOperation> ops = events.stream()
                .map(e -> BulkOperation.of(b -> b.index(i -> i.document(e)))).toList();
        assertThat(es.client().bulk(b -> b.index(index).refresh(Refresh.True).operations(ops)).errors()).isFalse();
    }

    private static Map<String, Object> fetch(String url, String time, int status, String outcome, boolean changed) {
        return Map.of("url", url, "document_id", PageDocument.id(url), "time", time, "http_status", status,
                "outcome", outcome, "content_hash", "h1", "changed", changed);
    }

    @Test
    void documentHasItsFetchHistoryNewestFirstUnderEveryUrl() throws Exception {
        JsonNode doc = withHistory.get("/api/documents/" + Fixtures.id(Fixtures.PENSION_EN)).json();
        List<String> times = new ArrayList<>();
        doc.path("fetch_history").forEach(f -> times.add(f.path("time").asText()));
        assertThat(times).containsExactly("2024-07-01T10:00:00Z", "2024-06-01T10:00:00Z", "2024-05-10T10:00:00Z");
        JsonNode newest = doc.path("fetch_history").get(0);
        assertThat(newest.path("http_status").asInt()).isEqualTo(304);
        assertThat(newest.path("outcome").asText()).isEqualTo("not_modified");
        assertThat(newest.path("changed").asBoolean()).isFalse();
        assertThat(doc.path("fetch_history").get(1).path("url").asText()).isEqualTo(Fixtures.PENSION_EN_ALIAS);
        assertThat(doc.path("urls")).extracting(JsonNode::asText)
                .containsExactly(Fixtures.PENSION_EN.url(), Fixtures.PENSION_EN_ALIAS);
    }

    @Test
    void idOfADuplicateUrlLeadsToThePageItDuplicates() throws Exception {
        Http.Response r = http.get("/api/documents/" + PageDocument.id(Fixtures.PENSION_EN_ALIAS));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().path("id").asText()).isEqualTo(Fixtures.id(Fixtures.PENSION_EN));
        assertThat(r.json().path("url").asText()).isEqualTo(Fixtures.PENSION_EN.url());
    }

    @Test
    void fetchHistoryIsEmptyWhenTheIndexDoesNotExist() throws Exception {
        JsonNode doc = http.get("/api/documents/" + Fixtures.id(Fixtures.PENSION_EN)).json();
        assertThat(doc.path("fetch_history").isArray()).isTrue();
        assertThat(doc.path("fetch_history")).isEmpty();
    }

    @Test
    void removedDocumentSaysSinceWhen() throws Exception {
        JsonNode doc = http.get("/api/documents/" + Fixtures.id(Fixtures.REMOVED)).json();
        assertThat(doc.path("removed").asBoolean()).isTrue();
        assertThat(doc.path("removed_at").asText()).isEqualTo(Fixtures.REMOVED_AT);
        assertThat(doc.path("urls")).extracting(JsonNode::asText).containsExactly(Fixtures.REMOVED.url());
    }

    @Test
    void documentHasItsFullTextAndTranslations() throws Exception {
        Http.Response r = http.get("/api/documents/" + Fixtures.id(Fixtures.PENSION_DE));
        assertThat(r.status()).isEqualTo(200);
        JsonNode doc = r.json();
        assertThat(doc.path("id").asText()).isEqualTo(Fixtures.id(Fixtures.PENSION_DE));
        assertThat(doc.path("url").asText()).isEqualTo(Fixtures.PENSION_DE.url());
        assertThat(doc.path("title").asText()).isEqualTo("Rentenreform beschlossen");
        assertThat(doc.path("published").asText()).isEqualTo("2024-05-11T09:00:00Z");
        assertThat(doc.path("language").asText()).isEqualTo("de");
        assertThat(doc.path("site").asText()).isEqualTo("www.bundesregierung.de");
        assertThat(doc.path("text").asText()).isEqualTo(Fixtures.PENSION_DE.text());
        assertThat(doc.path("removed").asBoolean()).isFalse();
        assertThat(doc.path("removed_at").isNull()).isTrue();
        JsonNode translation = doc.path("translations").get(0);
        assertThat(translation.path("language").asText()).isEqualTo("en");
        assertThat(translation.path("url").asText()).isEqualTo(Fixtures.PENSION_EN.url());
        assertThat(translation.path("id").asText()).isEqualTo(PageDocument.id(Fixtures.PENSION_EN.url()));
    }

    @Test
    void translationIdsLeadToTheOtherLanguageVersion() throws Exception {
        String id = http.get("/api/documents/" + Fixtures.id(Fixtures.PENSION_DE)).json()
                .path("translations").get(0).path("id").asText();
        assertThat(http.get("/api/documents/" + id).json().path("language").asText()).isEqualTo("en");
    }

    @Test
    void unknownDocumentIs404InErrorShape() throws Exception {
        for (String id : new String[] {"0123456789abcdef01234567", "no%20such%20thing"}) {
            Http.Response r = http.get("/api/documents/" + id);
            assertThat(r.status()).isEqualTo(404);
            assertThat(r.json().path("status").asInt()).isEqualTo(404);
            assertThat(r.json().path("title").asText()).isEqualTo("Not Found");
            assertThat(r.json().path("detail").asText()).startsWith("No document with id");
        }
    }

    @Test
    void healthReportsClusterColourAndDocumentCount() throws Exception {
        Http.Response r = http.get("/api/health");
        assertThat(r.status()).isEqualTo(200);
        JsonNode health = r.json();
        assertThat(health.path("status").asText()).isEqualTo("ok");
        assertThat(health.path("elasticsearch").asText()).isIn("green", "yellow");
        assertThat(health.path("documents").asLong()).isEqualTo(Fixtures.ALL.size());
    }

    @Test
    void missingIndexIsHealthyButEmptyAndSearchSays503() throws Exception {
        Http health = new Http(appWithoutIndex.port());
        assertThat(health.get("/api/health").json().path("documents").asLong()).isZero();
        Http.Response search = health.get("/api/search?q=pension");
        assertThat(search.status()).isEqualTo(503);
        assertThat(search.json().path("detail").asText()).contains("index");
    }
}
