package gazette.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import gazette.crawler.politeness.PolitenessSettings;
import gazette.testing.AdminHttp;
import gazette.testing.TestElasticsearch;
import gazette.testing.WithElasticsearch;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Why a crawl waits, and how long fetches take, as ops read them: real crawls of loopback fixture sites through the
 * admin API of the real server over a real Elasticsearch, the answers read from the crawl's JSON, from
 * {@code /metrics} as Prometheus text, from the URL history and from {@code ./gazette status}.
 */
@WithElasticsearch
class HostWaitsIT {
    private static final String TOKEN = "admin-token-for-the-host-waits-test";
    private static final Duration STALL_AFTER = Duration.ofSeconds(1);
    private static final Duration PAGE_DELAY = Duration.ofMillis(400);
    private static WaitingSite crawlDelayed;
    private static WaitingSite polite;
    private static WaitingSite slowPages;
    private static AdminServer stack;
    private static AdminHttp admin;

    @BeforeAll
    static void start(TestElasticsearch es) throws Exception {
        crawlDelayed = WaitingSite.start("User-agent: *\nCrawl-delay: 45\n", Duration.ZERO);
        polite = WaitingSite.start(null, Duration.ZERO);
        slowPages = WaitingSite.start(null, PAGE_DELAY);
        Path sitesFile = Files.createTempFile("gazette-sites", ".yaml");
        sitesFile.toFile().deleteOnExit();
        Files.writeString(sitesFile, "sites:\n  - name: polite\n    seeds: [" + polite.baseUri() + "]\n"
                + "    politeness: {delay: 45s, parallel: 1}\n    allow_private: true\n");
        var politeness = PolitenessSettings.defaults().withMinDelay(Duration.ZERO)
                .withMaxCrawlDelay(Duration.ofMinutes(2));
        stack = AdminServer.start(es, sitesFile, politeness, STALL_AFTER, TOKEN);
        admin = stack.admin();
    }

    @AfterAll
    static void stop() {
        stack.close();
        crawlDelayed.close();
        polite.close();
        slowPages.close();
    }

    @Test
    void aHostWithALongCrawlDelayIsReportedAsWaitingOnItsRobotsDelay() throws Exception {
        String id = startCrawl("{\"seeds\":[\"" + crawlDelayed.baseUri() + "\"],\"allow_private\":true}");

        JsonNode stalled = admin.awaitCrawl(id, c -> c.path("status").asText().equals("stalled"),
                Duration.ofSeconds(20));

        JsonNode host = hostOf(stalled, crawlDelayed.host());
        assertThat(host.path("state").asText()).as(stalled.toString()).isEqualTo("robots_delay");
        assertThat(host.path("in_flight").asInt()).isZero();
        // robots.txt was fetched first; the seed may follow 45 s after it.
        assertThat(Instant.parse(host.path("next_allowed_at").asText()))
                .isAfter(Instant.parse(stalled.path("started").asText()).plusSeconds(40));
        assertThat(awaitMetrics("gazette_crawl_host_waiting{host=\"" + crawlDelayed.host()
                + "\",reason=\"robots_delay\"} 1.0")).isTrue();

        String status = run("status", "--server", "http://127.0.0.1:" + stack.port(), "--admin-token", TOKEN);
        assertThat(status).contains("host " + crawlDelayed.host() + " waiting=robots_delay until=");
        admin.delete("/api/admin/crawls/" + id);
    }

    @Test
    void aHostHeldByTheSitesPolitenessDelayIsReportedAsWaitingOnPoliteness() throws Exception {
        String id = startCrawl("{\"site\":\"polite\"}");

        JsonNode stalled = admin.awaitCrawl(id, c -> c.path("status").asText().equals("stalled"),
                Duration.ofSeconds(20));

        JsonNode host = hostOf(stalled, polite.host());
        assertThat(host.path("state").asText()).as(stalled.toString()).isEqualTo("politeness");
        assertThat(Instant.parse(host.path("next_allowed_at").asText()))
                .isAfter(Instant.parse(stalled.path("started").asText()).plusSeconds(40));
        admin.delete("/api/admin/crawls/" + id);
    }

    @Test
    void fetchDurationsReachTheTimerAndTheUrlHistory() throws Exception {
        String id = startCrawl("{\"seeds\":[\"" + slowPages.baseUri() + "\"],\"allow_private\":true}");
        JsonNode done = admin.awaitCrawl(id, c -> !c.path("status").asText().matches("running|stalled"),
                Duration.ofSeconds(60));
        assertThat(done.path("status").asText()).isEqualTo("finished");
        assertThat(done.path("fetched").asInt()).isEqualTo(WaitingSite.PAGES + 1);

        String metrics = admin.withToken(null).get("/metrics").body();
        String tags = "{host=\"" + slowPages.host() + "\"}";
        assertThat(sample(metrics, "gazette_crawl_fetch_duration_seconds_count" + tags)).as(metrics)
                .isEqualTo(WaitingSite.PAGES + 1);
        assertThat(sample(metrics, "gazette_crawl_fetch_duration_seconds_max" + tags))
                .isGreaterThanOrEqualTo(PAGE_DELAY.toMillis() / 1000.0);
        assertThat(sample(metrics, "gazette_crawl_fetch_duration_seconds_sum" + tags))
                .isGreaterThanOrEqualTo(WaitingSite.PAGES * PAGE_DELAY.toMillis() / 1000.0);
        // Only the home page answers at once: the median and the 99th percentile lie above the injected delay.
        String bucket = "gazette_crawl_fetch_duration_seconds_bucket{host=\"" + slowPages.host() + "\",le=";
        assertThat(sample(metrics, bucket + "\"0.25\"}")).isEqualTo(1);
        assertThat(sample(metrics, bucket + "\"+Inf\"}")).isEqualTo(WaitingSite.PAGES + 1);

        JsonNode history = awaitHistory(slowPages.baseUri() + "slow/1");
        assertThat(history.get(0).path("duration_ms").asLong()).isGreaterThanOrEqualTo(PAGE_DELAY.toMillis());
    }

    private static String startCrawl(String body) throws Exception {
        AdminHttp.Response started = admin.post("/api/admin/crawls", body);
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        return started.json().path("id").asText();
    }

    private static JsonNode hostOf(JsonNode crawl, String host) {
        for (JsonNode h : crawl.path("host_progress")) {
            if (h.path("host").asText().equals(host)) {
                return h;
            }
        }
        throw new AssertionError("no host " + host + " in " + crawl);
    }

    /** The metrics refresh what hosts wait on with the stall watchdog, every quarter of the stall time. */
    private static boolean awaitMetrics(String line) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            if (admin.withToken(null).get("/metrics").body().contains(line)) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    /** The history index shows new events within its refresh interval. */
    private static JsonNode awaitHistory(String url) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        JsonNode history = admin.get("/api/admin/urls?url=" + AdminHttp.encode(url)).json().path("history");
        while (history.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(200);
            history = admin.get("/api/admin/urls?url=" + AdminHttp.encode(url)).json().path("history");
        }
        assertThat(history.size()).as(history.toString()).isEqualTo(1);
        return history;
    }

    private static double sample(String metrics, String series) {
        return metrics.lines().filter(l -> l.startsWith(series + " ")).mapToDouble(
                l -> Double.parseDouble(l.substring(series.length() + 1))).findFirst().orElse(-1);
    }

    private static String run(String... args) {
        StringWriter out = new StringWriter();
        CommandLine cli = Gazette.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(new StringWriter()));
        assertThat(cli.execute(args)).isZero();
        return out.toString();
    }
}
