package gazette.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import gazette.core.ElasticsearchSettings;
import gazette.core.Json;
import gazette.samplesite.SamplePage;
import gazette.testing.TestElasticsearch;
import gazette.testing.WithElasticsearch;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The demo end to end: sample site over HTTP, crawl, real Elasticsearch, search over HTTP. */
@WithElasticsearch
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoIT {
    private final HttpClient http = HttpClient.newHttpClient();
    private Demo demo;
    private CrawlJob.Outcome outcome;

    @BeforeAll
    void crawlTheSampleSite(TestElasticsearch es, @TempDir Path data) {
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        demo = Demo.start(new Demo.DemoSettings(ElasticsearchSettings.of(es.url()), data, es.index(), "127.0.0.1", 0, 0), quiet);
        outcome = demo.crawl(es.index(), quiet);
    }

    @AfterAll
    void stop() {
        demo.close();
    }

    @Test
    void indexesEveryArticleOfTheSampleSite() {
        assertThat(outcome.rejected()).isZero();
        assertThat(outcome.indexed()).isGreaterThanOrEqualTo(demo.site().articles().size());
        for (var article : demo.site().articles()) {
            assertThat(outcome.crawl().pages()).anyMatch(url -> url.endsWith(article.path()));
        }
    }

    @Test
    void privatePagesForbiddenByRobotsAreNeverFetched() {
        assertThat(demo.site().requestCount("/private/secret.html")).isZero();
    }

    @Test
    void englishSearchReturnsMarkedSnippets() throws Exception {
        JsonNode result = search("q=" + encode(firstWordOfTitle("en")) + "&lang=en");
        assertThat(result.get("total").asLong()).isPositive();
        JsonNode hit = result.get("hits").get(0);
        assertThat(hit.get("language").asText()).isEqualTo("en");
        assertThat(hit.get("snippets").toString()).contains("<mark>");
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh", "ru", "de", "el", "ar", "hi", "th", "vi"})
    void aPastedTitleFindsItsArticleFirstWithMarkedSnippets(String language) throws Exception {
        SamplePage article = demo.site().articles().stream().filter(a -> a.language().equals(language)).findFirst().orElseThrow();
        JsonNode result = search("q=" + encode(article.title()) + "&lang=" + language);
        JsonNode top = result.get("hits").get(0);
        assertThat(top.get("url").asText()).endsWith(article.path());
        assertThat(top.get("language").asText()).isEqualTo(language);
        assertThat(top.get("snippets").toString()).contains("<mark>");
    }

    @Test
    void languageFacetCountsEveryLanguageOfTheSite() throws Exception {
        JsonNode facets = search("q=&size=1").get("facets").get("language");
        Set<String> languages = new HashSet<>();
        facets.forEach(f -> languages.add(f.get("value").asText()));
        assertThat(languages).hasSizeGreaterThanOrEqualTo(8);
    }

    @Test
    void servesTheSearchPageAndHealth() throws Exception {
        HttpResponse<String> page = get(demo.searchUrl());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).containsIgnoringCase("<form");
        HttpResponse<String> health = get(demo.searchUrl().resolve("api/health"));
        assertThat(Json.mapper().readTree(health.body()).get("status").asText()).isEqualTo("ok");
    }

    @Test
    void theSearchesTheDemoAndTheReadmeSuggestFindPages() throws Exception {
        String suggested = DemoCommand.SUGGESTED_SEARCH.substring("api/search?".length());
        assertThat(search(suggested).get("total").asLong()).isPositive();
        assertThat(search("q=" + encode("大学") + "&lang=zh").get("total").asLong()).isPositive();
    }

    private String firstWordOfTitle(String language) {
        String title = demo.site().articles().stream().filter(a -> a.language().equals(language)).findFirst().orElseThrow().title();
        return title.split("[\\s,.;:()]+")[0];
    }

    private JsonNode search(String query) throws IOException, InterruptedException {
        HttpResponse<String> response = get(demo.searchUrl().resolve("api/search?" + query));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.mapper().readTree(response.body());
    }

    private HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
