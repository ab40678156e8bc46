package gazette.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import gazette.core.PageDocument;
import gazette.testing.TestElasticsearch;
import gazette.testing.WithElasticsearch;
import io.javalin.Javalin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code GET /api/documents/{id}} and {@code GET /api/health} over real HTTP and a real Elasticsearch. */
@WithElasticsearch
class DocumentsAndHealthIT {
    private static Javalin app;
    private static Javalin appWithoutIndex;
    private static Http http;

    @BeforeAll
    static void start(TestElasticsearch es) throws Exception {
        Fixtures.index(es);
        app = new SearchApi(es.client(), es.index()).start("127.0.0.1", 0);
        appWithoutIndex = new SearchApi(es.client(), es.index() + "-never-created").start("127.0.0.1", 0);
        http = new Http(app.port());
    }

    @AfterAll
    static void stop() {
        app.stop();
        appWithoutIndex.stop();
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
