package gazette.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import gazette.core.Page;
import gazette.core.PageDocument;
import gazette.testing.TestElasticsearch;
import gazette.testing.WithElasticsearch;
import io.javalin.Javalin;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The search page as a browser renders it: a real headless Chromium loads {@code /?q=…}, runs the page's script
 * against the real API and Elasticsearch, and the resulting DOM is checked. Skipped when Chromium is not installed.
 */
@WithElasticsearch
class WebPageIT {
    private static final Page MIRROR = Fixtures.page("https://mirror.example/pension-reform", "mirror.example",
            "Pension reform announced for older workers", "2024-05-10", "en",
            Fixtures.PENSION_EN.text() + " Mirrored.");
    private static Javalin app;

    @BeforeAll
    static void start(TestElasticsearch es) throws Exception {
        Map<String, Object> pension = grouped(Fixtures.PENSION_EN, "pension-reform");
        Map<String, Object> mirror = grouped(MIRROR, "pension-reform");
        Map<String, Object> removed = grouped(Fixtures.REMOVED, Fixtures.id(Fixtures.REMOVED));
        removed.put(PageDocument.REMOVED, true);
        removed.put(PageDocument.REMOVED_AT, Fixtures.REMOVED_AT);
        Fixtures.index(es, List.of(pension, mirror, removed));
        app = new SearchApi(es.client(), es.index()).start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    private static Map<String, Object> grouped(Page page, String group) {
        Map<String, Object> source = PageDocument.source(page);
        source.put(PageDocument.DUPLICATE_GROUP, group);
        return source;
    }

    private static Optional<Path> chromium() {
        return Stream.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")
                .map(Path::of).filter(Files::isExecutable).findFirst();
    }

    /** The DOM once the page's script has rendered the API's answer. */
    private static String renderedDom(String pathAndQuery, Path profile) throws IOException, InterruptedException {
        Optional<Path> browser = chromium();
        assumeTrue(browser.isPresent(), "Chromium is not installed: the search page is not tested in a browser");
        Process process = new ProcessBuilder(browser.get().toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--user-data-dir=" + profile, "--virtual-time-budget=5000", "--dump-dom",
                "http://127.0.0.1:" + app.port() + pathAndQuery)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] dom = process.getInputStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("Chromium did not finish rendering " + pathAndQuery);
        }
        return new String(dom, StandardCharsets.UTF_8);
    }

    @Test
    void showsRemovedDateSimilarPagesAndLanguageVersions(@TempDir Path profile) throws Exception {
        String dom = renderedDom("/?q=pension", profile);
        assertThat(dom).contains("2 results, and 1 similar page (",
                "<span class=\"removed\">removed from site on 2024-12-01</span>",
                "<summary>+1 similar</summary>",
                "Also in: <a href=\"https://www.bundesregierung.de/rentenreform\" hreflang=\"de\">de</a>");
        assertThat(dom).containsOnlyOnce("<summary>").containsOnlyOnce("class=\"removed\"");
    }

    @Test
    void nextPageFollowsTheCursor(@TempDir Path profile) throws Exception {
        String first = renderedDom("/?q=pension&size=1", profile);
        assertThat(first).contains("Page 1 of 2").contains("<button type=\"button\">Next →</button>");
        String cursor = new Http(app.port()).get("/api/search?q=pension&size=1").json().path("cursor").asText();
        String second = renderedDom("/?q=pension&size=1&cursor=" + cursor, profile);
        assertThat(second).contains("2 results", "2 pages");
        assertThat(first + second).containsOnlyOnce("removed from site on").containsOnlyOnce("+1 similar");
    }
}
