package gazette.api;

import static gazette.api.Http.encode;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import gazette.core.Page;
import gazette.core.PageDocument;
import gazette.testing.TestElasticsearch;
import gazette.testing.WithElasticsearch;
import io.javalin.Javalin;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code GET /api/search} finds names across scripts and Chinese across its two writing systems. */
@WithElasticsearch
class NamesSearchIT {
    private static final Instant CRAWLED = Instant.parse("2025-01-01T00:00:00Z");
    private static final Page LU_ZH = page("https://www.mca.gov.cn/n1/lu.html", "zh", "陆治原会见代表团",
            "民政部部长陆治原在北京会见代表团。");
    private static final Page ROADS_ZH = page("https://www.mot.gov.cn/n1/road.html", "zh", "道路建设",
            "全国公路建设会议在北京召开。");
    private static final Page PM_EL = page("https://www.primeminister.gr/pm", "el", "Ο πρωθυπουργός",
            "Ο πρωθυπουργός Κυριάκος Μητσοτάκης μίλησε σήμερα.");
    private static final Page PUTIN_RU = page("http://kremlin.ru/events/1", "ru", "Совещание",
            "Владимир Путин провёл совещание.");
    private static final Page BUDGET_EN = page("https://www.gov.uk/budget", "en", "Budget statement",
            "The annual budget sets out tax changes.");
    private static Javalin app;
    private static Http http;

    @BeforeAll
    static void start(TestElasticsearch es) throws Exception {
        // Written without near-duplicate groups, as an index from before them: every page stays a hit of its own.
        Fixtures.index(es, Stream.of(LU_ZH, ROADS_ZH, PM_EL, PUTIN_RU, BUDGET_EN).map(PageDocument::source)
                .toList());
        app = new SearchApi(es.client(), es.index()).start("127.0.0.1", 0);
        http = new Http(app.port());
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    @Test
    void pinyinFindsTheChineseName() throws Exception {
        assertThat(urls("lu zhiyuan")).containsExactly(LU_ZH.url());
        assertThat(urls("\"lu zhiyuan\"")).containsExactly(LU_ZH.url());
    }

    @Test
    void hanziNameStillFoundInItsOwnScript() throws Exception {
        assertThat(urls("陆治原")).containsExactly(LU_ZH.url());
    }

    @Test
    void traditionalCharactersFindTheSimplifiedPage() throws Exception {
        assertThat(urls("陸治原")).containsExactly(LU_ZH.url());
    }

    @Test
    void greekAndCyrillicNamesFoundInLatin() throws Exception {
        assertThat(urls("mitsotakis")).containsExactly(PM_EL.url());
        assertThat(urls("putin")).containsExactly(PUTIN_RU.url());
    }

    private static List<String> urls(String query) throws Exception {
        Http.Response r = http.get("/api/search?q=" + encode(query));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        List<String> urls = new ArrayList<>();
        for (JsonNode hit : r.json().path("hits")) {
            urls.add(hit.path("url").asText());
        }
        return urls;
    }

    private static Page page(String url, String language, String title, String text) {
        return new Page(url, "gov.example", title, Instant.parse("2024-06-01T09:00:00Z"), language, text, CRAWLED,
                null, List.of());
    }
}
