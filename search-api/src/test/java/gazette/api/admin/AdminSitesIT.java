package gazette.api.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import gazette.api.Meters;
import gazette.api.SearchApi;
import gazette.core.ElasticsearchClients;
import gazette.core.ElasticsearchSettings;
import gazette.core.Json;
import gazette.core.site.SiteConfig;
import gazette.core.site.SiteConfigReader;
import gazette.testing.AdminHttp;
import io.javalin.Javalin;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The site routes and the site, section and URL-list crawl bodies over real HTTP; Elasticsearch is not needed. */
class AdminSitesIT {
    private static final String TOKEN = "s3cret-admin-token-for-site-tests";
    private static final FakeCrawlControl control = new FakeCrawlControl();
    private static FakeSiteRegistry sites;
    private static Javalin app;
    private static AdminHttp http;

    @BeforeAll
    static void start() throws Exception {
        sites = new FakeSiteRegistry(List.of(site("{'name':'ministry','seeds':['https://www.gov.example/'],"
                + "'schedule':'6h'}")));
        var client = ElasticsearchClients.connect(ElasticsearchSettings.of("http://127.0.0.1:9"));
        app = new SearchApi(client, "gazette-pages", AdminAccess.on(control, AdminToken.of(TOKEN), sites),
                Meters.prometheus()).start("127.0.0.1", 0);
        http = new AdminHttp(app.port(), TOKEN);
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    private static SiteConfig site(String json) throws Exception {
        return SiteConfigReader.read(Json.mapper().readTree(json.replace('\'', '"')));
    }

    @Test
    void listsAndReadsSitesWithTheirConfiguration() throws Exception {
        JsonNode list = http.get("/api/admin/sites").json().path("sites");
        assertThat(list.findValuesAsText("name")).contains("ministry");
        JsonNode ministry = http.get("/api/admin/sites/ministry").json();
        assertThat(ministry.path("schedule").asText()).isEqualTo("PT6H");
        assertThat(ministry.path("state").asText()).isEqualTo("never");
        assertThat(ministry.path("config").path("seeds").get(0).asText()).isEqualTo("https://www.gov.example/");
        assertThat(ministry.path("config").path("politeness").path("delay").asText()).isEqualTo("PT1S");
        assertThat(http.get("/api/admin/sites/nope").status()).isEqualTo(404);
    }

    @Test
    void addsASiteOnceAndReplacesItWithPut() throws Exception {
        String body = "{\"name\":\"stats\",\"seeds\":[\"https://stats.example/\"],\"schedule\":\"0 3 * * *\"}";
        AdminHttp.Response added = http.post("/api/admin/sites", body);
        assertThat(added.status()).isEqualTo(201);
        assertThat(added.raw().headers().firstValue("Location")).hasValue("/api/admin/sites/stats");
        assertThat(added.json().path("schedule").asText()).isEqualTo("0 3 * * *");
        AdminHttp.Response again = http.post("/api/admin/sites", body);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().path("detail").asText()).contains("'stats' exists already");

        AdminHttp.Response replaced = http.put("/api/admin/sites/stats",
                "{\"seeds\":[\"https://stats.example/en/\"],\"politeness\":{\"delay\":\"3s\"}}");
        assertThat(replaced.status()).isEqualTo(200);
        assertThat(replaced.json().path("schedule").asText()).isEqualTo("manual");
        assertThat(http.get("/api/admin/sites/stats").json().path("config").path("politeness").path("delay")
                .asText()).isEqualTo("PT3S");
        assertThat(http.put("/api/admin/sites/fresh", "{\"seeds\":[\"https://fresh.example/\"]}").status())
                .isEqualTo(201);
    }

    @Test
    void invalidSitesAre400NamingTheSiteAndField() throws Exception {
        AdminHttp.Response r = http.post("/api/admin/sites",
                "{\"name\":\"bad\",\"seeds\":[\"https://bad.example/\"],\"schedule\":\"sometimes\"}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().path("detail").asText()).startsWith("site 'bad': field 'schedule' is wrong");
        assertThat(http.post("/api/admin/sites", "{\"name\":\"bad\",\"seeds\":[\"https://bad.example/\"],"
                + "\"scope\":{\"max_pages\":0}}").json().path("detail").asText()).contains("'scope.max_pages'");
        assertThat(http.put("/api/admin/sites/one", "{\"name\":\"two\",\"seeds\":[\"https://a.example/\"]}")
                .json().path("detail").asText()).contains("'name'", "'one'");
        assertThat(http.post("/api/admin/sites", "[]").status()).isEqualTo(400);
        assertThat(http.withToken(null).get("/api/admin/sites").status()).isEqualTo(401);
        assertThat(http.withToken("another-token-of-enough-length").put("/api/admin/sites/x", "{}").status())
                .isEqualTo(403);
    }

    @Test
    void reloadReadsTheFileAgainAndABrokenFileIs400() throws Exception {
        http.post("/api/admin/sites", "{\"name\":\"temporary\",\"seeds\":[\"https://tmp.example/\"]}");
        sites.brokenFile = true;
        AdminHttp.Response broken = http.post("/api/admin/sites/reload", "");
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.json().path("detail").asText())
                .isEqualTo("The sites file was not reloaded: site 'ministry': field 'schedule' is wrong: "
                        + "'often' is not a schedule");
        sites.brokenFile = false;
        AdminHttp.Response reloaded = http.post("/api/admin/sites/reload", "");
        assertThat(reloaded.status()).isEqualTo(200);
        List<String> names = new java.util.ArrayList<>();
        reloaded.json().path("sites").forEach(site -> names.add(site.path("name").asText()));
        assertThat(names).containsExactly("ministry");
    }

    @Test
    void startsCrawlsOfASiteASectionOrAListOfUrls() throws Exception {
        assertThat(http.post("/api/admin/crawls", "{\"site\":\"ministry\"}").status()).isEqualTo(202);
        assertThat(control.requests).anySatisfy(req -> {
            assertThat(req.site()).isEqualTo("ministry");
            assertThat(req.seeds()).isEmpty();
            assertThat(req.maxPages()).isZero(); // the site's own budget
        });
        assertThat(http.post("/api/admin/crawls", "{\"section\":\"https://section.example/news/\",\"max_pages\":9}")
                .status()).isEqualTo(202);
        assertThat(control.requests).anySatisfy(req -> {
            assertThat(req.section()).isEqualTo(URI.create("https://section.example/news/"));
            assertThat(req.maxPages()).isEqualTo(9);
        });
        assertThat(http.post("/api/admin/crawls", "{\"urls\":[\"https://list.example/a\",\"https://list.example/b\"]}")
                .status()).isEqualTo(202);
        assertThat(control.requests).anySatisfy(req -> assertThat(req.urls()).containsExactly(
                URI.create("https://list.example/a"), URI.create("https://list.example/b")));
    }

    @Test
    void crawlBodiesNameTheWrongField() throws Exception {
        assertThat(http.post("/api/admin/crawls", "{\"site\":\"unknown\"}").json().path("detail").asText())
                .isEqualTo("Field 'site' names no configured site: 'unknown'");
        assertThat(http.post("/api/admin/crawls", "{\"site\":\"Bad Name\"}").json().path("detail").asText())
                .contains("'site'");
        assertThat(http.post("/api/admin/crawls", "{\"seeds\":[\"https://a.example/\"],\"urls\":[\"https://a.example/"
                + "x\"]}").json().path("detail").asText()).isEqualTo(
                "Field 'urls' cannot be combined with seeds; give one of seeds, section or urls");
        assertThat(http.post("/api/admin/crawls", "{\"section\":\"news/\"}").json().path("detail").asText())
                .contains("'section'");
        assertThat(http.post("/api/admin/crawls", "{\"urls\":[]}").status()).isEqualTo(400);
    }
}
