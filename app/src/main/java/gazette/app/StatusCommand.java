package gazette.app;

import com.fasterxml.jackson.databind.JsonNode;
import gazette.core.Json;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Lists the crawls of a running server through its admin API, once or every few seconds. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "List the crawls of a running Gazette server (its admin API), with their progress.")
final class StatusCommand implements Callable<Integer> {
    private static final String FORMAT = "%-36s  %-8s  %-16s  %7s  %7s  %6s  %7s  %8s  %s%n";
    private static final String HOST_FORMAT = "  host %s waiting=%s until=%s in_flight=%d fetches=%d failures=%d%n";

    @Option(names = "--server", defaultValue = "${env:GAZETTE_SERVER:-http://localhost:7070}", paramLabel = "URL",
            description = "The server (env GAZETTE_SERVER). Default: ${DEFAULT-VALUE}")
    URI server;

    @Option(names = "--admin-token", defaultValue = "${env:GAZETTE_ADMIN_TOKEN}",
            paramLabel = "TOKEN",
            description = "The server's admin token (env GAZETTE_ADMIN_TOKEN).")
    String token;

    @Option(names = "--watch", paramLabel = "SECONDS",
            description = "Redraw every SECONDS until interrupted; by default print once.")
    Integer watch;

    @Option(names = "--json", description = "Print the admin API's JSON as it is.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (token == null || token.isBlank()) {
            throw new ParameterException(spec.commandLine(), "Missing the admin token: --admin-token or "
                    + "GAZETTE_ADMIN_TOKEN");
        }
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        do {
            print(fetch(client));
            if (watch != null) {
                Thread.sleep(Duration.ofSeconds(Math.max(1, watch)));
            }
        } while (watch != null);
        return 0;
    }

    private String fetch(HttpClient client) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(server.resolve("/api/admin/crawls"))
                .timeout(Duration.ofSeconds(20)).header("Authorization", "Bearer " + token).GET().build();
        HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (r.statusCode() != 200) {
            String detail = Json.mapper().readTree(r.body()).path("detail").asText(r.body());
            throw new IllegalStateException(server + " answered " + r.statusCode() + ": " + detail);
        }
        return r.body();
    }

    private void print(String body) throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(body);
        } else {
            out.printf(FORMAT, "ID", "STATUS", "SITE", "FETCHED", "QUEUED", "FAILED", "SKIPPED", "PAGES/S", "HOSTS");
            for (JsonNode c : Json.mapper().readTree(body).path("crawls")) {
                String site = c.path("site").isTextual() ? c.path("site").asText() : "-";
                out.printf(FORMAT, c.path("id").asText(), c.path("status").asText(), site, c.path("fetched").asInt(),
                        c.path("queued").asInt(), c.path("failed").asInt(), c.path("skipped").asInt(),
                        String.format(Locale.ROOT, "%.1f", c.path("rate").asDouble()),
                        hosts(c));
                printHostStates(out, c);
            }
        }
        out.flush();
    }

    /** Under a running crawl, one line per host: what it waits on, until when, and how its fetches went. */
    private static void printHostStates(PrintWriter out, JsonNode crawl) {
        for (JsonNode h : crawl.path("host_progress")) {
            if (h.path("state").isTextual()) {
                String until = h.path("next_allowed_at").isTextual() ? h.path("next_allowed_at").asText() : "-";
                out.printf(HOST_FORMAT, h.path("host").asText(), h.path("state").asText(), until,
                        h.path("in_flight").asInt(), h.path("fetches").asInt(), h.path("failures").asInt());
            }
        }
    }

    private static String hosts(JsonNode crawl) {
        StringBuilder joined = new StringBuilder();
        crawl.path("hosts").forEach(h -> joined.append(joined.isEmpty() ? "" : ",").append(h.asText()));
        return joined.toString();
    }
}
