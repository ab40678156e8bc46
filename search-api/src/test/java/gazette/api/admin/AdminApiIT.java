package gazette.api.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import gazette.api.Meters;
import gazette.api.SearchApi;
import gazette.core.ElasticsearchClients;
import gazette.core.ElasticsearchSettings;
import gazette.testing.AdminHttp;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The admin API over real HTTP against a crawl control that never fetches; Elasticsearch is unreachable. */
class AdminApiIT {
    private static final String TOKEN = "s3cret-admin-token-for-tests";
    private static final FakeCrawlControl control = new FakeCrawlControl();
    private static Javalin app;
    private static Javalin appWithoutAdmin;
    private static AdminHttp http;

    @BeforeAll
    static void start() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        var client = ElasticsearchClients.connect(ElasticsearchSettings.of("http://127.0.0.1:" + closedPort));
        app = new SearchApi(client, "gazette-pages", AdminAccess.on(control, AdminToken.of(TOKEN)),
                Meters.prometheus()).start("127.0.0.1", 0);
        appWithoutAdmin = new SearchApi(client, "gazette-pages").start("127.0.0.1", 0);
        http = new AdminHttp(app.port(), TOKEN);
    }

    @AfterAll
    static void stop() {
        app.stop();
        appWithoutAdmin.stop();
    }

    private static void assertError(AdminHttp.Response r, int status, String detailPart) {
        assertThat(r.status()).isEqualTo(status);
        assertThat(r.raw().headers().firstValue("Content-Type")).hasValueSatisfying(
                v -> assertThat(v).startsWith("application/json"));
        JsonNode json = r.json();
        assertThat(json.path("status").asInt()).isEqualTo(status);
        assertThat(json.path("title").asText()).isNotBlank();
        assertThat(json.path("detail").asText()).contains(detailPart);
        assertThat(r.body()).doesNotContain(TOKEN);
    }

    @Test
    void rejectsMissingTokenWith401AndAChallenge() throws Exception {
        AdminHttp anonymous = http.withToken(null);
        for (String path : new String[] {"/api/admin/crawls", "/api/admin/crawls/c1", "/api/admin/urls?url=x"}) {
            AdminHttp.Response r = anonymous.get(path);
            assertError(r, 401, "Authorization: Bearer");
            assertThat(r.raw().headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"gazette-admin\"");
        }
        assertError(anonymous.post("/api/admin/crawls", "{\"seeds\":[\"https://a.example/\"]}"), 401, "Bearer");
        var basic = anonymous.request("/api/admin/crawls").header("Authorization", "Basic YWRtaW46YWRtaW4=").GET();
        assertError(anonymous.send(basic), 401, "Bearer");
    }

    @Test
    void rejectsWrongTokenWith403() throws Exception {
        assertError(http.withToken("not-the-admin-token-at-all").get("/api/admin/crawls"), 403, "not the admin token");
        assertError(http.withToken(TOKEN + "x").delete("/api/admin/crawls/c1"), 403, "not the admin token");
        assertError(http.withToken(TOKEN.substring(1)).post("/api/admin/crawls", "{}"), 403, "not the admin token");
    }

    @Test
    void adminRoutesAre404WhenNoTokenIsConfigured() throws Exception {
        AdminHttp off = new AdminHttp(appWithoutAdmin.port(), TOKEN);
        assertError(off.get("/api/admin/crawls"), 404, "admin API is off");
        assertError(off.post("/api/admin/crawls", "{\"seeds\":[\"https://a.example/\"]}"), 404, "admin API is off");
        assertError(off.get("/api/admin/urls?url=" + FakeCrawlControl.KNOWN_URL), 404, "admin API is off");
    }

    @Test
    void startsACrawlWith202AndItsLocation() throws Exception {
        AdminHttp.Response r = http.post("/api/admin/crawls",
                "{\"seeds\":[\"https://start.example/news\"],\"max_pages\":25,\"allow_private\":true}");
        assertThat(r.status()).isEqualTo(202);
        JsonNode crawl = r.json();
        String id = crawl.path("id").asText();
        assertThat(r.raw().headers().firstValue("Location")).hasValue("/api/admin/crawls/" + id);
        assertThat(crawl.path("status").asText()).isEqualTo("running");
        assertThat(crawl.path("seeds").get(0).asText()).isEqualTo("https://start.example/news");
        assertThat(crawl.path("max_pages").asInt()).isEqualTo(25);
        assertThat(crawl.path("last_activity").asText()).isEqualTo("2025-03-01T10:00:00Z");
        assertThat(control.requests).anySatisfy(req -> {
            assertThat(req.seeds()).containsExactly(URI.create("https://start.example/news"));
            assertThat(req.maxPages()).isEqualTo(25);
            assertThat(req.allowPrivate()).isTrue();
        });
        assertThat(http.get("/api/admin/crawls/" + id).json().path("hosts").get(0).asText())
                .isEqualTo("start.example");
        assertThat(http.get("/api/admin/crawls").json().path("crawls").findValuesAsText("id")).contains(id);
    }

    @Test
    void defaultsToAThousandPagesAndNoPrivateAddresses() throws Exception {
        assertThat(http.post("/api/admin/crawls", "{\"seeds\":[\"http://defaults.example/\"]}").status())
                .isEqualTo(202);
        assertThat(control.requests).anySatisfy(req -> {
            assertThat(req.seeds()).containsExactly(URI.create("http://defaults.example/"));
            assertThat(req.maxPages()).isEqualTo(1000);
            assertThat(req.allowPrivate()).isFalse();
        });
    }

    @Test
    void refusesASecondCrawlOfARunningHostWith409() throws Exception {
        String first = http.post("/api/admin/crawls", "{\"seeds\":[\"https://twice.example/\"]}").json()
                .path("id").asText();
        AdminHttp.Response second = http.post("/api/admin/crawls",
                "{\"seeds\":[\"https://other.example/\",\"https://twice.example/news\"]}");
        assertError(second, 409, "Crawl " + first + " is already running");
    }

    @Test
    void stopsACrawlWith202() throws Exception {
        String id = http.post("/api/admin/crawls", "{\"seeds\":[\"https://stop.example/\"]}").json()
                .path("id").asText();
        AdminHttp.Response r = http.delete("/api/admin/crawls/" + id);
        assertThat(r.status()).isEqualTo(202);
        assertThat(r.json().path("status").asText()).isEqualTo("stopped");
        assertThat(r.json().path("stop_requested").asBoolean()).isTrue();
        assertThat(http.post("/api/admin/crawls", "{\"seeds\":[\"https://stop.example/\"]}").status())
                .isEqualTo(202);
    }

    @Test
    void unknownCrawlIs404() throws Exception {
        assertError(http.get("/api/admin/crawls/nope"), 404, "No crawl with id 'nope'");
        assertError(http.delete("/api/admin/crawls/nope"), 404, "No crawl with id 'nope'");
    }

    @Test
    void badBodiesAre400NamingTheField() throws Exception {
        assertError(http.post("/api/admin/crawls", ""), 400, "'body'");
        assertError(http.post("/api/admin/crawls", "{\"seeds\":"), 400, "'body'");
        assertError(http.post("/api/admin/crawls", "[1]"), 400, "'body'");
        assertError(http.post("/api/admin/crawls", "{}"), 400, "'seeds'");
        assertError(http.post("/api/admin/crawls", "{\"seeds\":[]}"), 400, "'seeds'");
        assertError(http.post("/api/admin/crawls", "{\"seeds\":\"https://a.example/\"}"), 400, "'seeds'");
        assertError(http.post("/api/admin/crawls", "{\"seeds\":[\"ftp://a.example/\"]}"), 400, "'seeds'");
        assertError(http.post("/api/admin/crawls", "{\"seeds\":[\"/relative\"]}"), 400, "'seeds'");
        String seeds = "\"seeds\":[\"https://a.example/\"]";
        assertError(http.post("/api/admin/crawls", "{" + seeds + ",\"max_pages\":0}"), 400, "'max_pages'");
        assertError(http.post("/api/admin/crawls", "{" + seeds + ",\"max_pages\":2.5}"), 400, "'max_pages'");
        assertError(http.post("/api/admin/crawls", "{" + seeds + ",\"max_pages\":\"10\"}"), 400, "'max_pages'");
        assertError(http.post("/api/admin/crawls", "{" + seeds + ",\"allow_private\":\"yes\"}"), 400,
                "'allow_private'");
        assertError(http.post("/api/admin/crawls", "{" + seeds + ",\"colour\":\"red\"}"), 400, "'colour'");
    }

    @Test
    void looksUpAUrlsCrawlRecord() throws Exception {
        AdminHttp.Response r = http.get("/api/admin/urls?url=" + FakeCrawlControl.KNOWN_URL);
        assertThat(r.status()).isEqualTo(200);
        JsonNode record = r.json();
        assertThat(record.path("url").asText()).isEqualTo(FakeCrawlControl.KNOWN_URL);
        assertThat(record.path("state").asText()).isEqualTo("done");
        assertThat(record.path("http_status").asInt()).isEqualTo(200);
        assertThat(record.path("etag").asText()).isEqualTo("\"v1\"");
        assertThat(record.path("content_hash").asText()).isEqualTo("abc123");
        assertThat(record.path("last_fetch").asText()).isEqualTo("2025-03-01T10:00:00Z");
        assertThat(record.path("indexed").asBoolean()).isTrue();
    }

    @Test
    void unknownUrlIs404AndMissingUrlIs400() throws Exception {
        assertError(http.get("/api/admin/urls?url=https://www.gov.example/never"), 404,
                "No crawl record for https://www.gov.example/never");
        assertError(http.get("/api/admin/urls"), 400, "'url'");
    }

    @Test
    void metricsAreOpenAndCountRequestsByRouteAndStatus() throws Exception {
        http.get("/api/search?q=tax");
        http.withToken(null).get("/api/admin/crawls");
        AdminHttp.Response r = http.withToken(null).get("/metrics");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.raw().headers().firstValue("Content-Type")).hasValueSatisfying(
                v -> assertThat(v).startsWith("text/plain"));
        assertThat(r.body()).contains("# TYPE gazette_http_requests_seconds summary",
                "jvm_memory_used_bytes", "jvm_threads_live_threads", "process_uptime_seconds");
        assertThat(r.body()).containsPattern(
                "gazette_http_requests_seconds_count\\{method=\"GET\",route=\"/api/search\",status=\"503\"} [1-9]");
        assertThat(r.body()).containsPattern(
                "gazette_http_requests_seconds_count\\{method=\"GET\",route=\"/api/admin/crawls\",status=\"401\"} [1-9]");
    }
}
