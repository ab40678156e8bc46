package gazette.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import gazette.testing.TestElasticsearch;
import gazette.testing.WithElasticsearch;
import io.javalin.Javalin;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** {@code GET /api/search.atom} and {@code explain=true} over real HTTP and a real Elasticsearch. */
@WithElasticsearch
class FeedAndExplainIT {
    private static Javalin app;
    private static Http http;

    @BeforeAll
    static void start(TestElasticsearch es) throws Exception {
        Fixtures.index(es);
        app = new SearchApi(es.client(), es.index()).start("127.0.0.1", 0);
        http = new Http(app.port());
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    private static Document xml(String body) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> texts(Document doc, String element) {
        NodeList nodes = doc.getElementsByTagNameNS("http://www.w3.org/2005/Atom", element);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    @Test
    void feedListsNewestMatchesFirst() throws Exception {
        Http.Response r = http.get("/api/search.atom?q=pension");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("application/atom+xml");
        Document feed = xml(r.body());
        assertThat(feed.getDocumentElement().getLocalName()).isEqualTo("feed");
        assertThat(texts(feed, "published")).containsExactly("2024-05-10T09:00:00Z", "2022-01-20T09:00:00Z",
                "2021-06-01T09:00:00Z");
        assertThat(texts(feed, "title")).first().isEqualTo("Gazette: pension");
        assertThat(texts(feed, "updated")).first().isEqualTo("2024-05-10T09:00:00Z");
        Element link = (Element) feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "link").item(1);
        assertThat(link.getAttribute("href")).isEqualTo(Fixtures.PENSION_EN.url());
    }

    @Test
    void feedKeepsPageTextInert() throws Exception {
        Document feed = xml(http.get("/api/search.atom?q=phishing").body());
        String summary = texts(feed, "summary").getFirst();
        assertThat(summary).contains("&lt;script&gt;", "<mark>phishing</mark>").doesNotContain("<script>");
    }

    @Test
    void feedParsesWhateverCharactersTheQueryHas() throws Exception {
        for (String q : List.of("%01budget", "budget%1B%5B31m", "%EF%BF%BEbudget", "%EF%BF%BF", "%00budget")) {
            Http.Response r = http.get("/api/search.atom?q=" + q);
            assertThat(r.status()).as(q).isEqualTo(200);
            String title = texts(xml(r.body()), "title").getFirst();
            assertThat(title).as(q).startsWith("Gazette: ")
                    .doesNotContainPattern("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]");
        }
        assertThat(texts(xml(http.get("/api/search.atom?q=%01budget").body()), "title"))
                .startsWith("Gazette: budget", "Budget statement 2023");
    }

    @Test
    void feedRejectsBadParametersLikeSearch() throws Exception {
        Http.Response r = http.get("/api/search.atom?q=pension&size=500");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().path("detail").asText()).contains("'size'");
    }

    @Test
    void explainSaysWhyAHitScored() throws Exception {
        JsonNode hit = http.get("/api/search?q=budget&explain=true").json().path("hits").get(0);
        assertThat(hit.path("explanation").path("value").asDouble()).isEqualTo(hit.path("score").asDouble(),
                org.assertj.core.data.Offset.offset(1e-4));
        assertThat(hit.path("explanation").toString()).contains("budget");
        assertThat(http.get("/api/search?q=budget").json().path("hits").get(0).has("explanation")).isFalse();
    }
}
