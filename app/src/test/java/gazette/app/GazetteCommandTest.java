package gazette.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import gazette.core.Json;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

class GazetteCommandTest {

    @Test
    void helpListsEverySubcommand() {
        Run run = run("--help");
        assertThat(run.exit).isZero();
        assertThat(run.out).contains("demo", "crawl", "serve", "es", "extract", "status", "explain", "sites");
    }

    @ParameterizedTest
    @ValueSource(strings = {"demo", "crawl", "serve", "es", "extract", "status", "explain", "sites"})
    void everySubcommandHasHelp(String name) {
        Run run = run(name, "--help");
        assertThat(run.exit).isZero();
        assertThat(run.out).startsWith("Usage: gazette " + name);
    }

    @Test
    void unknownOptionIsAUsageErrorNamingIt() {
        Run run = run("serve", "--no-such-flag");
        assertThat(run.exit).isEqualTo(2);
        assertThat(run.err).contains("--no-such-flag");
    }

    @Test
    void crawlWithoutSeedIsRefused() {
        Run run = run("crawl");
        assertThat(run.exit).isEqualTo(2);
        assertThat(run.err).contains("--seed");
    }

    @Test
    void crawlOfASiteNeedsTheSitesFileAndAKnownName() {
        Run noFile = run("crawl", "--site", "ministry-news");
        assertThat(noFile.exit).isEqualTo(2);
        assertThat(noFile.err).contains("--site needs the sites file: --config FILE");
        Run unknown = run("crawl", "--site", "nope", "--config", SitesFileTest.EXAMPLE.toString());
        assertThat(unknown.exit).isEqualTo(2);
        assertThat(unknown.err).contains("No site named 'nope' in " + SitesFileTest.EXAMPLE);
        Run both = run("crawl", "--site", "a", "--seed", "https://a.example/");
        assertThat(both.exit).isEqualTo(2);
        assertThat(both.err).contains("only one of --seed, --site and --daemon");
        Run daemon = run("crawl", "--daemon");
        assertThat(daemon.exit).isEqualTo(2);
        assertThat(daemon.err).contains("--daemon needs the sites file");
    }

    @Test
    void sitesCheckValidatesTheFileWithoutElasticsearch(@TempDir Path dir) throws Exception {
        Run ok = run("sites", "--check", "--config", SitesFileTest.EXAMPLE.toString());
        assertThat(ok.exit).as(ok.err).isZero();
        assertThat(ok.out).isEqualTo(SitesFileTest.EXAMPLE + ": 3 sites, all valid" + System.lineSeparator());
        Path bad = dir.resolve("sites.yaml");
        Files.writeString(bad, "sites:\n  - {name: a, seeds: [https://a.example/], schedule: often}\n");
        Run broken = run("sites", "--check", "--config", bad.toString());
        assertThat(broken.exit).isEqualTo(1);
        assertThat(broken.err).contains(bad + ": site 'a': field 'schedule' is wrong: 'often' is not a schedule");
        Run serve = run("serve", "--config", bad.toString(), "--es-url", "http://127.0.0.1:9");
        assertThat(serve.exit).isEqualTo(1);
        assertThat(serve.err).contains("site 'a': field 'schedule'");
    }

    @Test
    void extractPrintsOneJsonObjectPerFile(@TempDir Path dir) throws Exception {
        Path page = dir.resolve("news.html");
        Files.writeString(page, """
                <html lang="en"><head><title>Pension reform announced - Ministry of Labour</title></head>
                <body><nav><a href="/">Home</a></nav><article><h1>Pension reform announced</h1>
                <p class="date">12 September 2024</p>
                <p>The ministry announced a reform of the pension system today. It takes effect next year and
                applies to all workers who contribute to the national scheme.</p></article></body></html>
                """, StandardCharsets.UTF_8);
        var out = new java.io.ByteArrayOutputStream();
        var previous = System.out;
        System.setOut(new java.io.PrintStream(out, true, StandardCharsets.UTF_8));
        int exit;
        try {
            exit = Gazette.commandLine().execute("extract", page.toString());
        } finally {
            System.setOut(previous);
        }
        assertThat(exit).isZero();
        JsonNode json = Json.mapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(json.get("path").asText()).isEqualTo(page.toString());
        assertThat(json.get("title").asText()).isEqualTo("Pension reform announced");
        assertThat(json.get("published").asText()).startsWith("2024-09-12");
        assertThat(json.get("language").asText()).isEqualTo("en");
        assertThat(json.get("text").asText()).contains("The ministry announced a reform").doesNotContain("Home");
    }

    @Test
    void extractOfAMissingFileFailsWithItsName() {
        Run run = run("extract", "/no/such/page.html");
        assertThat(run.exit).isEqualTo(1);
        assertThat(run.err).contains("/no/such/page.html");
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
}
