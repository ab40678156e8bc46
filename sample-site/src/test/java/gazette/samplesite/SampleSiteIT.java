package gazette.samplesite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SampleSiteIT {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static SampleSite site;

    @BeforeAll
    static void start() {
        site = SampleSite.start(0);
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @Test
    void servesElevenLanguageVersionsOfTwentyTwoStories() {
        assertThat(site.baseUri().toString()).matches("http://127\\.0\\.0\\.1:\\d+/");
        assertThat(site.articles()).hasSize(242);
        assertThat(site.articles()).extracting(SamplePage::language).containsOnly(
                "ar", "de", "el", "en", "es", "hi", "ru", "th", "tr", "vi", "zh");
        assertThat(site.articles().stream().map(SamplePage::storyId).distinct()).hasSize(22);
    }

    @Test
    void articlePageCarriesTitleDateLineSwitcherAndAlternates() throws Exception {
        HttpResponse<String> response = get("/en/news/2024/warsaw.html");
        String base = site.baseUri().toString();
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(response.body())
                .contains("<html lang=\"en\" dir=\"ltr\">")
                .contains("<title>Nearby, in Ogród Saski (the Saxon Garden), the Summer Theatre was in operation from"
                        + " 1870 to 1939 - Ministry of Civil Affairs</title>")
                .contains("<h1>Nearby, in Ogród Saski (the Saxon Garden), the Summer Theatre was in operation from"
                        + " 1870 to 1939</h1>")
                .contains("<div class=\"date-line\">8 October 2024</div>")
                .contains("<link rel=\"canonical\" href=\"" + base + "en/news/2024/warsaw.html\">")
                .contains("<link rel=\"alternate\" hreflang=\"zh\" href=\"" + base + "zh/news/2024/warsaw.html\">")
                .contains("<link rel=\"alternate\" hreflang=\"x-default\" href=\""
                        + base + "en/news/2024/warsaw.html\">")
                .contains("<a href=\"/ru/news/2024/warsaw.html\" hreflang=\"ru\" lang=\"ru\">Русский язык</a>")
                .contains("<a href=\"/th/news/2024/warsaw.html\" hreflang=\"th\" lang=\"th\">ไทย</a>")
                .contains("© 2025 Ministry of Civil Affairs");
        assertThat(count(response.body(), "<link rel=\"alternate\" hreflang=")).isEqualTo(12);
    }

    @Test
    void everyArticleShowsItsGroundTruth() throws Exception {
        for (SamplePage page : site.articles()) {
            String html = get(page.path()).body();
            assertThat(html).as(page.path())
                    .contains("<html lang=\"" + page.language() + "\"")
                    .contains("<h1>" + Html.escape(page.title()) + "</h1>")
                    .contains("<div class=\"date-line\">" + dateLine(page.language(), page.published()) + "</div>");
            for (String paragraph : page.text().split("\n\n")) {
                assertThat(html).as(page.path()).contains("<p>" + Html.escape(paragraph) + "</p>");
            }
        }
    }

    @Test
    void localisesTheDateLine() throws Exception {
        assertThat(get("/zh/news/2024/warsaw.html").body()).contains("<div class=\"date-line\">2024年10月08日</div>");
        assertThat(get("/de/news/2024/warsaw.html").body()).contains("<div class=\"date-line\">08.10.2024</div>");
        assertThat(get("/ar/news/2024/warsaw.html").body()).contains("<html lang=\"ar\" dir=\"rtl\">")
                .contains("<div class=\"date-line\">8 أكتوبر 2024</div>");
    }

    @Test
    void relatedNewsListsThreeOtherStoriesWithTheirOwnDates() throws Exception {
        String html = get("/en/news/2024/warsaw.html").body();
        String aside = html.substring(html.indexOf("<aside class=\"related-news\">"), html.indexOf("</aside>"));
        assertThat(count(aside, "<li>")).isEqualTo(3);
        assertThat(aside).contains("<h2>Related news</h2>").doesNotContain("warsaw").doesNotContain("8 October 2024")
                .contains("<span class=\"date\">25 August 2024</span>");
    }

    @Test
    void listingsPageThroughStoriesTenAtATime() throws Exception {
        String first = get("/en/news/index.html").body();
        assertThat(count(first, "<li><a href=\"/en/news/20")).isEqualTo(10);
        assertThat(first).contains("<a rel=\"next\" href=\"/en/news/index-2.html\">Next page</a>");
        String last = get("/en/news/index-3.html").body();
        assertThat(count(last, "<li><a href=\"/en/news/20")).isEqualTo(2);
        assertThat(last).contains("<a rel=\"prev\" href=\"/en/news/index-2.html\">Previous page</a>")
                .doesNotContain("rel=\"next\"");
        assertThat(get("/en/news/index-4.html").statusCode()).isEqualTo(404);
        assertThat(get("/").body()).contains("<a href=\"/vi/news/index.html\">Tiếng Việt</a>");
        assertThat(first).contains("<meta name=\"robots\" content=\"noindex, follow\">");
        assertThat(get("/en/news/2024/warsaw.html").body()).doesNotContain("noindex");
    }

    @Test
    void robotsDisallowsPrivateAndPointsToTheSitemap() throws Exception {
        HttpResponse<String> robots = get("/robots.txt");
        assertThat(robots.headers().firstValue("Content-Type")).hasValue("text/plain; charset=utf-8");
        assertThat(robots.body()).isEqualTo("User-agent: *\nDisallow: /private/\n\nSitemap: "
                + site.baseUri() + "sitemap.xml\n");
        assertThat(get("/en/news/2024/warsaw.html").body()).contains("<a href=\"/private/secret.html\">");
    }

    @Test
    void sitemapListsEveryArticleWithLastmod() throws Exception {
        HttpResponse<String> sitemap = get("/sitemap.xml");
        assertThat(sitemap.headers().firstValue("Content-Type")).hasValue("application/xml; charset=utf-8");
        assertThat(count(sitemap.body(), "<loc>")).isEqualTo(242);
        assertThat(sitemap.body()).contains("<url><loc>" + site.baseUri() + "hi/news/2024/warsaw.html</loc>"
                + "<lastmod>2024-10-08</lastmod></url>");
    }

    @Test
    void answersConditionalGetsWith304() throws Exception {
        HttpResponse<String> full = get("/es/news/2024/warsaw.html");
        String etag = full.headers().firstValue("ETag").orElseThrow();
        String lastModified = full.headers().firstValue("Last-Modified").orElseThrow();
        assertThat(lastModified).isEqualTo("Tue, 08 Oct 2024 08:00:00 GMT");
        assertThat(get("/es/news/2024/warsaw.html", "If-None-Match", etag).statusCode()).isEqualTo(304);
        assertThat(get("/es/news/2024/warsaw.html", "If-None-Match", "\"other\"").statusCode()).isEqualTo(200);
        assertThat(get("/es/news/2024/warsaw.html", "If-Modified-Since", lastModified).statusCode()).isEqualTo(304);
        HttpResponse<String> older =
                get("/es/news/2024/warsaw.html", "If-Modified-Since", "Mon, 07 Oct 2024 08:00:00 GMT");
        assertThat(older.statusCode()).isEqualTo(200);
        assertThat(older.body()).isEqualTo(full.body());
    }

    @Test
    void unknownPathsAre404() throws Exception {
        HttpResponse<String> response = get("/en/news/2024/no-such-story.html");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
    }

    @Test
    void countsRequestsPerPathIgnoringTheQuery() throws Exception {
        String path = "/tr/news/index-2.html";
        int before = site.requestCount(path);
        get(path);
        get(path + "?utm_source=test");
        assertThat(site.requestCount(path)).isEqualTo(before + 2);
        assertThat(site.requestCount("/private/secret.html")).isZero();
    }

    private static HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(site.baseUri().resolve(path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String dateLine(String language, LocalDate date) {
        return SiteContent.bundled().languages().stream().filter(l -> l.code().equals(language)).findFirst()
                .orElseThrow().formatDate(date);
    }

    private static int count(String text, String part) {
        Matcher matcher = Pattern.compile(Pattern.quote(part)).matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
