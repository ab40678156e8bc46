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
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The search page as a browser renders it: a real headless Chromium loads {@code /?q=…}, runs the page's script
 * against the real API and Elasticsearch, and the resulting DOM is checked; and a user types a query and ticks a
 * facet (key presses and clicks through the DevTools protocol). Skipped, with a message, when Chromium is not installed.
 */
@WithElasticsearch
class WebPageIT {
    private static final Page MIRROR = Fixtures.page("https://mirror.example/pension-reform", "mirror.example",
            "Pension reform announced for older workers", "2024-05-10", "en",
            Fixtures.PENSION_EN.text() + " Mirrored.");
    private static final Duration WAIT = Duration.ofSeconds(20);
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
        return HeadlessChromium.installed();
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
    void typingAQueryShowsHighlightedResultsAndAFacetNarrowsThem(@TempDir Path profile) throws Exception {
        Optional<Path> binary = chromium();
        assumeTrue(binary.isPresent(), "Chromium is not installed: the search page is not tested in a browser");
        try (HeadlessChromium browser = HeadlessChromium.start(binary.get(), profile)) {
            browser.navigate("http://127.0.0.1:" + app.port() + "/");
            browser.await("document.readyState === 'complete' && !!document.getElementById('q')", WAIT);
            browser.click("document.getElementById('q')");
            browser.type("pension");
            browser.pressEnter();

            // The front page lists the newest announcements first: wait for the typed query's own answer.
            browser.await("new URLSearchParams(location.search).get('q') === 'pension'"
                    + " && document.getElementById('status').textContent.startsWith('2 results')", WAIT);
            String results = browser.evaluate("document.getElementById('results').innerHTML").asText();
            assertThat(browser.evaluate("document.querySelectorAll('#results > li').length").asInt()).as(results)
                    .isEqualTo(2);
            assertThat(browser.evaluate("[...document.querySelectorAll('#results mark')]"
                    + ".map(m => m.textContent.toLowerCase()).join(' ')").asText()).as(results).contains("pension");

            browser.click("[...document.querySelectorAll('#facets label')]"
                    + ".find(l => l.textContent.startsWith('www.canada.ca')).querySelector('input')");
            browser.await("new URLSearchParams(location.search).getAll('site').join() === 'www.canada.ca'", WAIT);
            browser.await("document.querySelectorAll('#results > li').length === 1", WAIT);
            assertThat(browser.evaluate("document.querySelector('#results > li').textContent").asText())
                    .contains("Draft pension guidance").contains("removed from site on 2024-12-01");
        }
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
