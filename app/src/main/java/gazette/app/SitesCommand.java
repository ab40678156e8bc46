package gazette.app;

import com.fasterxml.jackson.databind.JsonNode;
import gazette.core.Json;
import gazette.core.site.SiteStatus;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Lists the sites with their schedule, last and next crawl and state: from a running server's admin API when a token
 * is given, else from the sites file and Elasticsearch. Or only checks the file.
 */
@Command(name = "sites", mixinStandardHelpOptions = true,
        description = {"List the sites: schedule, state, last and next crawl.",
                "With --admin-token, asks the running server (--server); else reads the sites file (--config) and "
                        + "Elasticsearch. With --check, only validates the file (no Elasticsearch needed)."})
final class SitesCommand implements Callable<Integer> {
    private static final String FORMAT = "%-20s  %-14s  %-9s  %-20s  %-20s  %s%n";

    @Mixin
    ElasticsearchOptions elasticsearch;

    @Option(names = "--config", defaultValue = "${env:GAZETTE_SITES}", paramLabel = "FILE",
            description = "The sites file (env GAZETTE_SITES); see config/sites.example.yaml.")
    Path config;

    @Option(names = "--check", description = "Validate the file and print how many sites it holds.")
    boolean check;

    @Option(names = "--json", description = "Print the sites as JSON, as GET /api/admin/sites does.")
    boolean json;

    @Option(names = "--server", defaultValue = "${env:GAZETTE_SERVER:-http://localhost:7070}", paramLabel = "URL",
            description = "The server asked when a token is given (env GAZETTE_SERVER). Default: ${DEFAULT-VALUE}")
    URI server;

    @Option(names = "--admin-token", defaultValue = "${env:GAZETTE_ADMIN_TOKEN}", paramLabel = "TOKEN",
            description = "The server's admin token (env GAZETTE_ADMIN_TOKEN): ask the server instead of reading "
                    + "the file.")
    String token;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (token != null && !token.isBlank() && !check) {
            print(fromServer(), out);
        } else {
            if (config == null) {
                throw new ParameterException(spec.commandLine(), "Missing the sites file: --config FILE or "
                        + "GAZETTE_SITES (or --admin-token to ask a running server)");
            }
            SitesFile file = SitesFile.load(config);
            if (check) {
                out.printf("%s: %d sites, all valid%n", config, file.all().size());
            } else {
                print(Json.mapper().valueToTree(new Sites(fromFile(file))), out);
            }
        }
        out.flush();
        return 0;
    }

    private List<SiteStatus> fromFile(SitesFile file) {
        try (ElasticsearchConnection es = ElasticsearchConnection.open(elasticsearch.external(), elasticsearch.dataDir, 0)) {
            SiteStates states = SiteStates.open(es.client(), SiteStates.NAME);
            return new ManagedSites(file, states, name -> Optional.empty(), Clock.systemUTC().instant()).sites();
        }
    }

    private JsonNode fromServer() throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        HttpRequest request = HttpRequest.newBuilder(server.resolve("/api/admin/sites"))
                .timeout(Duration.ofSeconds(20)).header("Authorization", "Bearer " + token.strip()).GET().build();
        HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (r.statusCode() != 200) {
            String detail = Json.mapper().readTree(r.body()).path("detail").asText(r.body());
            throw new IllegalStateException(server + " answered " + r.statusCode() + ": " + detail);
        }
        return Json.mapper().readTree(r.body());
    }

    private void print(JsonNode body, PrintWriter out) throws Exception {
        if (json) {
            out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(body));
            return;
        }
        out.printf(FORMAT, "NAME", "SCHEDULE", "STATE", "LAST CRAWL", "NEXT CRAWL", "SEEDS");
        for (JsonNode s : body.path("sites")) {
            StringBuilder seeds = new StringBuilder();
            s.path("config").path("seeds").forEach(u -> seeds.append(seeds.isEmpty() ? "" : ",").append(u.asText()));
            out.printf(FORMAT, s.path("name").asText(), s.path("schedule").asText(), s.path("state").asText(),
                    time(s.path("last_crawl")), time(s.path("next_crawl")), seeds);
        }
    }

    private static String time(JsonNode t) {
        return t.isTextual() ? t.asText().replaceFirst("\\.\\d+Z$", "Z") : "-";
    }

    /** The JSON shape of the list. */
    record Sites(List<SiteStatus> sites) {}
}
