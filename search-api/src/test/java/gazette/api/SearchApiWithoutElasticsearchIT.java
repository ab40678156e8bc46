package gazette.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import gazette.core.ElasticsearchClients;
import gazette.core.ElasticsearchSettings;
import gazette.core.Json;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The server over real HTTP with Elasticsearch unreachable: validation, errors, routes and the page. */
class SearchApiWithoutElasticsearchIT {
    private static Javalin app;
    private static Http http;

    @BeforeAll
    static void start() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        var client = ElasticsearchClients.connect(ElasticsearchSettings.of("http://127.0.0.1:" + closedPort));
        app = new SearchApi(client, "gazette-pages").start("127.0.0.1", 0);
        http = new Http(app.port());
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    private static void assertError(Http.Response r, int status, String detailPart) {
        assertThat(r.status()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/json");
        JsonNode json = r.json();
        assertThat(json.path("status").asInt()).isEqualTo(status);
        assertThat(json.path("title").asText()).isNotBlank();
        assertThat(json.path("detail").asText()).contains(detailPart);
        assertThat(r.body()).doesNotContain("\tat ", "Exception");
    }

    @Test
    void searchIs503WhenElasticsearchIsDown() throws Exception {
        assertError(http.get("/api/search?q=tax"), 503, "Elasticsearch cannot be reached");
    }

    @Test
    void healthIs503WhenElasticsearchIsDown() throws Exception {
        assertError(http.get("/api/health"), 503, "Elasticsearch");
    }

    @Test
    void documentIs503WhenElasticsearchIsDown() throws Exception {
        assertError(http.get("/api/documents/abc123"), 503, "Elasticsearch");
    }

    @Test
    void rejectsUnknownParameterNamingIt() throws Exception {
        assertError(http.get("/api/search?q=tax&colour=red"), 400, "'colour'");
    }

    @Test
    void rejectsPageSizeAbove100() throws Exception {
        assertError(http.get("/api/search?q=tax&size=101"), 400, "'size'");
    }

    @Test
    void rejectsDeepPageAndPointsToCursor() throws Exception {
        assertError(http.get("/api/search?q=tax&size=100&page=101"), 400, "cursor");
    }

    @Test
    void rejectsBadDateAndSort() throws Exception {
        assertError(http.get("/api/search?from=31.12.2024"), 400, "'from'");
        assertError(http.get("/api/search?sort=popular"), 400, "'sort'");
    }

    @Test
    void unknownRouteIs404InErrorShape() throws Exception {
        assertError(http.get("/api/nothing-here"), 404, "");
        assertError(http.get("/assets/secret.txt"), 404, "secret.txt");
    }

    @Test
    void wrongMethodIs405InErrorShape() throws Exception {
        HttpRequest post = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/api/search"))
                .POST(HttpRequest.BodyPublishers.noBody()).build();
        HttpResponse<String> r = HttpClient.newHttpClient().send(post, HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(405);
        assertThat(Json.mapper().readTree(r.body()).path("status").asInt()).isEqualTo(405);
    }

    @Test
    void pathRefusedByTheServerIsStillInErrorShape() throws Exception {
        assertError(http.get("/assets/../../etc/passwd"), 400, "Bad Request");
    }

    @Test
    void servesTheSearchPageAndItsAssetsFromThisOriginOnly() throws Exception {
        Http.Response page = http.get("/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("<form id=\"search\"", "/assets/app.js").doesNotContain("https://");
        assertThat(page.raw().headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                v -> assertThat(v).contains("default-src 'self'"));
        assertThat(http.get("/assets/app.js").contentType()).startsWith("text/javascript");
        assertThat(http.get("/assets/style.css").contentType()).startsWith("text/css");
    }

    @Test
    void openApiDescribesEveryRouteAndNoOther() throws Exception {
        Http.Response r = http.get("/api/openapi.json");
        assertThat(r.status()).isEqualTo(200);
        JsonNode doc = r.json();
        assertThat(doc.path("openapi").asText()).startsWith("3.");
        Set<String> documented = new TreeSet<>();
        doc.path("paths").properties().forEach(path -> path.getValue().fieldNames()
                .forEachRemaining(method -> documented.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));
        assertThat(documented).isEqualTo(registeredRoutes());
    }

    private static Set<String> registeredRoutes() {
        return app.unsafe.internalRouter.allHttpHandlers().stream().map(p -> p.endpoint)
                .filter(e -> e.method.isHttpMethod())
                .map(e -> e.method.name() + " " + e.path).collect(Collectors.toCollection(TreeSet::new));
    }
}
