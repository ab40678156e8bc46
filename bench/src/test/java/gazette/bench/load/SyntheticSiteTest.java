package gazette.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SyntheticSiteTest {
    private final HttpClient http = HttpClient.newHttpClient();
    private SyntheticSite site;

    @BeforeAll
    void start() {
        site = SyntheticSite.start(10);
    }

    @AfterAll
    void stop() {
        site.close();
    }

    @Test
    void robotsNamesTheSitemapWhichListsEveryArticle() throws Exception {
        assertThat(get("/robots.txt").body()).contains("Sitemap: " + site.base().resolve("/sitemap.xml"));
        String sitemap = get("/sitemap.xml").body();
        assertThat(sitemap.split("<loc>", -1)).hasSize(11);
        assertThat(sitemap).contains("<loc>" + site.base().resolve("/news/zh/1.html") + "</loc>");
    }

    @Test
    void articlesAreTheSameOnEveryRequestWithLanguageDateAndAlternates() throws Exception {
        HttpResponse<String> first = get("/news/ru/1.html");
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).isEqualTo(get("/news/ru/1.html").body())
                .contains("<html lang=\"ru\">", "<time datetime=\"2020-01-02\">", "hreflang=\"ar\" href=\"/news/ar/1.html\"")
                .contains(site.pages().article(Vocabulary.RU, 1).title());
        assertThat(site.pages().article(Vocabulary.RU, 1).title()).matches("[а-яё ]+");
    }

    @Test
    void pathsOutsideTheSiteAreNotFound() throws Exception {
        assertThat(get("/news/en/2.html").statusCode()).isEqualTo(404);
        assertThat(get("/news/xx/0.html").statusCode()).isEqualTo(404);
        assertThat(get("/news/en/-1.html").statusCode()).isEqualTo(404);
    }

    @Test
    void settingsRefuseValuesOutOfRange() {
        assertThat(LoadSettings.parse().pages()).isEqualTo(10_000);
        assertThatThrownBy(() -> LoadSettings.parse("pages=7")).hasMessageContaining("multiple of 5");
        assertThatThrownBy(() -> LoadSettings.parse("heap=1g")).hasMessageContaining("unknown argument heap=1g");
    }

    private HttpResponse<String> get(String path) throws Exception {
        URI uri = site.base().resolve(path);
        return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
