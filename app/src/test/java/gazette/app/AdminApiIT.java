package gazette.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import gazette.api.Meters;
import gazette.api.SearchApi;
import gazette.api.admin.AdminAccess;
import gazette.api.admin.AdminToken;
import gazette.core.Json;
import gazette.crawler.politeness.PolitenessSettings;
import gazette.samplesite.SamplePage;
import gazette.samplesite.SampleSite;
import gazette.testing.TestElasticsearch;
import gazette.testing.WithElasticsearch;
import io.javalin.Javalin;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The admin API end to end: the real server on port 0 with the crawl service over a real Elasticsearch, real
 * crawls of the sample site and of a slow fixture site, started, watched and stopped over HTTP.
 */
@WithElasticsearch
class AdminApiIT {
    private static final String TOKEN = "admin-token-for-the-admin-api-test";
    private static final Duration STALL_AFTER = Duration.ofSeconds(1);
    private static SampleSite site;
    private static SlowSite slow;
    private static CrawlService crawls;
    private static Javalin server;
    private static AdminClient admin;

    @BeforeAll
    static void start(TestElasticsearch es) {
        site = SampleSite.start(0);
        slow = SlowSite.start(Duration.ofSeconds(3));
        var meters = Meters.prometheus();
        // Both sites are our own servers on loopback, so they may be crawled without delays.
        var politeness = PolitenessSettings.defaults().withMinDelay(Duration.ZERO).withMaxParallelPerHost(2);
        var settings = new CrawlServiceSettings(es.index(), es.index() + "-status", STALL_AFTER, politeness);
        crawls = new CrawlService(es.client(), settings, meters, Clock.systemUTC());
        server = new SearchApi(es.client(), es.index(), AdminAccess.on(crawls, AdminToken.of(TOKEN)), meters)
                .start("127.0.0.1", 0);
        admin = new AdminClient(server.port(), TOKEN);
    }

    @AfterAll
    static void stop() {
        crawls.close();
        server.stop();
        slow.close();
        site.close();
    }

    @Test
    void crawlStartedThroughTheApiFinishesAndItsPagesAreFoundAndExplained() throws Exception {
        String body = "{\"seeds\":[\"" + site.baseUri() + "\"],\"max_pages\":2000,\"allow_private\":true}";
        AdminClient.Response started = admin.post("/api/admin/crawls", body);
        assertThat(started.status()).isEqualTo(202);
        String id = started.json().path("id").asText();
        assertThat(started.json().path("status").asText()).isIn("running", "finished");

        JsonNode done = admin.awaitCrawl(id, c -> !c.path("status").asText().matches("running|stalled"),
                Duration.ofSeconds(90));
        assertThat(done.path("status").asText()).isEqualTo("finished");
        assertThat(done.path("fetched").asInt()).isGreaterThanOrEqualTo(site.articles().size());
        assertThat(done.path("queued").asInt()).isZero();
        assertThat(done.path("requests").asInt()).isGreaterThan(done.path("fetched").asInt());
        assertThat(done.path("rate").asDouble()).isPositive();
        assertThat(done.path("finished").asText()).isNotEmpty();
        assertThat(done.path("error").isNull()).isTrue();

        SamplePage article = site.articles().get(0);
        String url = site.baseUri().resolve(article.path()).toString();
        JsonNode record = admin.get("/api/admin/urls?url=" + AdminClient.encode(url)).json();
        assertThat(record.path("url").asText()).isEqualTo(url);
        assertThat(record.path("state").asText()).isEqualTo("done");
        assertThat(record.path("http_status").asInt()).isEqualTo(200);
        assertThat(record.path("content_hash").asText()).isNotBlank();
        assertThat(record.path("last_fetch").asText()).isNotBlank();
        assertThat(record.path("indexed").asBoolean()).isTrue();
        JsonNode document = admin.get("/api/documents/" + record.path("document_id").asText()).json();
        assertThat(document.path("title").asText()).isEqualTo(article.title());

        String metrics = admin.withToken(null).get("/metrics").body();
        assertThat(metrics).containsPattern("gazette_crawl_pages_fetched_total \\d+")
                .contains("gazette_crawls_running", "gazette_crawls_stalled", "jvm_memory_used_bytes");
        assertThat(counter(metrics, "gazette_crawl_pages_fetched_total"))
                .isGreaterThanOrEqualTo(done.path("fetched").asDouble());
    }

    @Test
    void slowCrawlIsReportedStalledRefusesASecondCrawlAndStops() throws Exception {
        String body = "{\"seeds\":[\"" + slow.baseUri() + "\"],\"max_pages\":50,\"allow_private\":true}";
        String id = admin.post("/api/admin/crawls", body).json().path("id").asText();

        JsonNode stalled = admin.awaitCrawl(id, c -> c.path("status").asText().equals("stalled"),
                Duration.ofSeconds(20));
        assertThat(stalled.path("queued").asInt()).isPositive();
        assertThat(admin.withToken(null).get("/metrics").body()).contains("gazette_crawls_stalled 1.0");

        AdminClient.Response again = admin.post("/api/admin/crawls", body);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().path("detail").asText()).contains("Crawl " + id + " is already running");

        AdminClient.Response stopping = admin.delete("/api/admin/crawls/" + id);
        assertThat(stopping.status()).isEqualTo(202);
        assertThat(stopping.json().path("stop_requested").asBoolean()).isTrue();
        JsonNode stopped = admin.awaitCrawl(id, c -> c.path("status").asText().equals("stopped"),
                Duration.ofSeconds(30));
        assertThat(stopped.path("fetched").asInt()).isLessThan(SlowSite.PAGES + 1);
        assertThat(admin.get("/api/admin/crawls").json().path("crawls").findValuesAsText("id")).contains(id);
    }

    @Test
    void adminRoutesNeedTheToken() throws Exception {
        assertThat(admin.withToken(null).get("/api/admin/crawls").status()).isEqualTo(401);
        assertThat(admin.withToken("some-other-token-of-some-length").get("/api/admin/crawls").status())
                .isEqualTo(403);
        assertThat(admin.withToken(null).post("/api/admin/crawls", "{\"seeds\":[\"" + site.baseUri() + "\"]}")
                .status()).isEqualTo(401);
    }

    @Test
    void unknownUrlIs404() throws Exception {
        AdminClient.Response r = admin.get("/api/admin/urls?url=" + AdminClient.encode("https://never.example/x"));
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.json().path("detail").asText()).isEqualTo("No crawl record for https://never.example/x");
    }

    @Test
    void statusCommandListsTheServersCrawlsAndExplainCommandReadsAUrlsRecord(TestElasticsearch es) throws Exception {
        String body = "{\"seeds\":[\"" + site.baseUri() + "robots.txt\"],\"max_pages\":1,\"allow_private\":true}";
        AdminClient.Response started = admin.post("/api/admin/crawls", body);
        String id = started.status() == 202 ? started.json().path("id").asText()
                : started.json().path("detail").asText().split(" ")[1]; // the site's full crawl holds the host
        admin.awaitCrawl(id, c -> !c.path("status").asText().matches("running|stalled"), Duration.ofSeconds(90));

        Run status = run("status", "--server", "http://127.0.0.1:" + server.port(), "--admin-token", TOKEN);
        assertThat(status.exit()).as(status.err()).isZero();
        assertThat(status.out()).startsWith("ID").contains(id, site.baseUri().getAuthority());
        Run refused = run("status", "--server", "http://127.0.0.1:" + server.port(), "--admin-token",
                "a-wrong-token-of-good-length");
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains("403", "not the admin token");

        String home = site.baseUri().toString();
        Run explain = run("explain", home, "--es-url", es.url(), "--status-index", es.index() + "-status",
                "--index", es.index());
        assertThat(explain.exit()).as(explain.err()).isZero();
        JsonNode record = Json.mapper().readTree(explain.out());
        assertThat(record.path("url").asText()).isEqualTo(home);
        assertThat(record.path("state").asText()).isEqualTo("done");
        Run unknown = run("explain", "https://never.example/x", "--es-url", es.url(), "--status-index",
                es.index() + "-status", "--index", es.index());
        assertThat(unknown.exit()).isEqualTo(3);
        assertThat(unknown.err()).contains("no crawl has recorded https://never.example/x");
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Gazette.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private record Run(int exit, String out, String err) {}

    private static double counter(String metrics, String name) {
        return metrics.lines().filter(l -> l.startsWith(name + " ")).mapToDouble(
                l -> Double.parseDouble(l.substring(name.length() + 1))).findFirst().orElse(-1);
    }
}
