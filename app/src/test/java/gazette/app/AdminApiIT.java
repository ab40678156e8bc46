package gazette.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import gazette.core.Json;
import gazette.crawler.politeness.PolitenessSettings;
import gazette.samplesite.SamplePage;
import gazette.samplesite.SampleSite;
import gazette.testing.AdminHttp;
import gazette.testing.TestElasticsearch;
import gazette.testing.WithElasticsearch;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
    private static CountingSite counting;
    private static Path sitesFile;
    private static AdminServer stack;
    private static AdminHttp admin;

    @BeforeAll
    static void start(TestElasticsearch es) throws Exception {
        site = SampleSite.start(0);
        slow = SlowSite.start(Duration.ofSeconds(3));
        counting = CountingSite.start();
        sitesFile = Files.createTempFile("gazette-sites", ".yaml");
        sitesFile.toFile().deleteOnExit();
        Files.writeString(sitesFile, "sites:\n  - name: counting\n    seeds: [" + counting.baseUri() + "]\n"
                + "    politeness: {delay: 0s, parallel: 2}\n    allow_private: true\n");
        // The sites are our own servers on loopback, so they may be crawled without delays.
        var politeness = PolitenessSettings.defaults().withMinDelay(Duration.ZERO).withMaxParallelPerHost(2);
        stack = AdminServer.start(es, sitesFile, politeness, STALL_AFTER, TOKEN);
        admin = stack.admin();
    }

    @AfterAll
    static void stop() {
        stack.close();
        slow.close();
        site.close();
        counting.close();
    }

    @Test
    void siteSectionAndUrlCrawlsThroughTheApiFetchWhatTheyNameAndLeaveAHistory(TestElasticsearch es)
            throws Exception {
        JsonNode listed = admin.get("/api/admin/sites").json().path("sites").get(0);
        assertThat(listed.path("name").asText()).isEqualTo("counting");
        assertThat(listed.path("schedule").asText()).isEqualTo("manual");

        AdminHttp.Response started = admin.post("/api/admin/crawls", "{\"site\":\"counting\"}");
        assertThat(started.status()).isEqualTo(202);
        assertThat(started.json().path("kind").asText()).isEqualTo("site");
        String id = started.json().path("id").asText();
        JsonNode done = admin.awaitCrawl(id, c -> !c.path("status").asText().matches("running|stalled"),
                Duration.ofSeconds(60));
        assertThat(done.path("status").asText()).isEqualTo("finished");
        assertThat(done.path("fetched").asInt()).isEqualTo(3);
        JsonNode perHost = done.path("host_progress").get(0);
        assertThat(perHost.path("host").asText()).isEqualTo(counting.baseUri().getAuthority());
        assertThat(perHost.path("fetches").asInt()).isEqualTo(3);
        assertThat(perHost.path("failures").asInt()).isZero();
        assertThat(perHost.path("last_status").asInt()).isEqualTo(200);
        JsonNode counted = admin.get("/api/admin/sites/counting").json();
        assertThat(counted.path("state").asText()).isEqualTo("finished");
        assertThat(counted.path("crawl_id").asText()).isEqualTo(id);
        assertThat(counted.path("last_crawl").asText()).isEqualTo(done.path("started").asText());
        Run sites = run("sites", "--server", "http://127.0.0.1:" + stack.port(), "--admin-token", TOKEN);
        assertThat(sites.exit()).as(sites.err()).isZero();
        assertThat(sites.out()).startsWith("NAME").containsPattern("counting +manual +finished +20\\d\\d-");
        Run local = run("sites", "--config", sitesFile.toString(), "--es-url", es.url(), "--json");
        assertThat(local.exit()).as(local.err()).isZero(); // the sites-state index of this test is not the default
        assertThat(Json.mapper().readTree(local.out()).path("sites").get(0).path("name").asText())
                .isEqualTo("counting");

        String notice = counting.baseUri().resolve("/notice/1").toString();
        crawlAndWait("{\"urls\":[\"" + notice + "\"]}");
        assertThat(counting.hits("/notice/1")).isEqualTo(2);
        assertThat(counting.hits("/notice/2")).isEqualTo(1);
        crawlAndWait("{\"section\":\"" + counting.baseUri().resolve("/notice/") + "\"}");
        assertThat(counting.hits("/notice/2")).isEqualTo(2);
        assertThat(counting.hits("/")).isEqualTo(1);

        assertThat(counting.hits("/notice/1")).isEqualTo(3);
        JsonNode history = awaitHistory(notice, 3); // the history index shows new events within its refresh interval
        List<String> times = new ArrayList<>();
        history.forEach(event -> times.add(event.path("time").asText()));
        assertThat(times).isSortedAccordingTo(Comparator.reverseOrder());
        JsonNode first = history.get(history.size() - 1);
        assertThat(first.path("http_status").asInt()).isEqualTo(200);
        assertThat(first.path("outcome").asText()).isEqualTo("indexed");
        assertThat(history.get(0).path("changed").asBoolean()).isFalse();
        Run explain = run("explain", notice, "--es-url", es.url(), "--status-index", es.index() + "-status",
                "--index", es.index(), "--history-index", es.index() + "-history");
        assertThat(explain.exit()).as(explain.err()).isZero();
        JsonNode explained = Json.mapper().readTree(explain.out());
        assertThat(explained.path("indexed").asBoolean()).isTrue();
        assertThat(explained.path("history")).isEqualTo(history);

        String metrics = admin.withToken(null).get("/metrics").body();
        String host = counting.baseUri().getAuthority();
        assertThat(counter(metrics, "gazette_crawl_fetches_total{host=\"" + host + "\",outcome=\"indexed\","
                + "status=\"200\"}")).isEqualTo(3.0);
        assertThat(metrics).contains("gazette_crawl_queued");
        // Bulk requests to the pages index: at least this crawl's three pages acknowledged, each request timed.
        assertThat(counter(metrics, "gazette_index_bulk_operations_total{outcome=\"acknowledged\"}"))
                .isGreaterThanOrEqualTo(3.0);
        assertThat(counter(metrics, "gazette_index_bulk_seconds_count")).isGreaterThanOrEqualTo(1.0);
        assertThat(counter(metrics, "gazette_index_bulk_operations_total{outcome=\"refused\"}")).isZero();
    }

    @Test
    void sitesAddedThroughTheApiAreWrittenToTheSitesFile() throws Exception {
        AdminHttp.Response added = admin.put("/api/admin/sites/later", "{\"seeds\":[\"https://later.example/\"],"
                + "\"schedule\":\"0 4 * * *\"}");
        assertThat(added.status()).isEqualTo(201);
        assertThat(added.json().path("next_crawl").asText()).endsWith("T04:00:00Z");
        assertThat(SitesFile.load(sitesFile).get("later")).hasValueSatisfying(
                s -> assertThat(s.schedule().text()).isEqualTo("0 4 * * *"));
        AdminHttp.Response bad = admin.put("/api/admin/sites/later", "{\"seeds\":[\"https://later.example/\"],"
                + "\"scope\":{\"max_depth\":\"deep\"}}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().path("detail").asText()).startsWith("site 'later': field 'scope.max_depth'");
        assertThat(admin.post("/api/admin/sites/reload", "").json().path("sites").size()).isEqualTo(2);
    }

    private static JsonNode awaitHistory(String url, int events) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        JsonNode history = admin.get("/api/admin/urls?url=" + AdminHttp.encode(url)).json().path("history");
        while (history.size() < events && System.nanoTime() < deadline) {
            Thread.sleep(200);
            history = admin.get("/api/admin/urls?url=" + AdminHttp.encode(url)).json().path("history");
        }
        assertThat(history.size()).as(history.toString()).isEqualTo(events);
        return history;
    }

    private static void crawlAndWait(String body) throws Exception {
        AdminHttp.Response r = admin.post("/api/admin/crawls", body);
        assertThat(r.status()).as(r.body()).isEqualTo(202);
        JsonNode done = admin.awaitCrawl(r.json().path("id").asText(),
                c -> !c.path("status").asText().matches("running|stalled"), Duration.ofSeconds(60));
        assertThat(done.path("status").asText()).as(done.toString()).isEqualTo("finished");
    }

    @Test
    void crawlStartedThroughTheApiFinishesAndItsPagesAreFoundAndExplained() throws Exception {
        String body = "{\"seeds\":[\"" + site.baseUri() + "\"],\"max_pages\":2000,\"allow_private\":true}";
        AdminHttp.Response started = admin.post("/api/admin/crawls", body);
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
        JsonNode record = admin.get("/api/admin/urls?url=" + AdminHttp.encode(url)).json();
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

        AdminHttp.Response again = admin.post("/api/admin/crawls", body);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().path("detail").asText()).contains("Crawl " + id + " is already running");

        AdminHttp.Response stopping = admin.delete("/api/admin/crawls/" + id);
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
        AdminHttp.Response r = admin.get("/api/admin/urls?url=" + AdminHttp.encode("https://never.example/x"));
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.json().path("detail").asText()).isEqualTo("No crawl record for https://never.example/x");
    }

    @Test
    void statusCommandListsTheServersCrawlsAndExplainCommandReadsAUrlsRecord(TestElasticsearch es) throws Exception {
        String body = "{\"seeds\":[\"" + site.baseUri() + "robots.txt\"],\"max_pages\":1,\"allow_private\":true}";
        AdminHttp.Response started = admin.post("/api/admin/crawls", body);
        String id = started.status() == 202 ? started.json().path("id").asText()
                : started.json().path("detail").asText().split(" ")[1]; // the site's full crawl holds the host
        admin.awaitCrawl(id, c -> !c.path("status").asText().matches("running|stalled"), Duration.ofSeconds(90));

        Run status = run("status", "--server", "http://127.0.0.1:" + stack.port(), "--admin-token", TOKEN);
        assertThat(status.exit()).as(status.err()).isZero();
        assertThat(status.out()).startsWith("ID").contains(id, site.baseUri().getAuthority());
        Run refused = run("status", "--server", "http://127.0.0.1:" + stack.port(), "--admin-token",
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
