package gazette.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import gazette.api.SearchApi;
import gazette.core.PageDocument;
import gazette.core.UrlReport;
import gazette.crawler.CrawlSettings;
import gazette.crawler.politeness.PolitenessSettings;
import gazette.indexer.BulkObserver;
import gazette.testing.AdminHttp;
import gazette.testing.TestElasticsearch;
import gazette.testing.WithElasticsearch;
import io.javalin.Javalin;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * A page whose rel=canonical serves the same text, crawled twice into the real pages index through {@link CrawlJob}:
 * the canonical's document lists the alternate among its URLs, so {@code /api/documents/{id}} of the alternate shows
 * the canonical's document, the search finds the text once, and {@code explain} of the alternate still says where
 * its text is. The second run fetches the canonical on its own and must keep the alternate listed.
 */
@WithElasticsearch
class CanonicalAliasesIT {
    private static final String STORY = "<link rel=\"canonical\" href=\"/story.html\"><title>Storks return</title>"
            + "</head><body><main><h1>Storks return</h1><p>Storks nest again.</p></main>";

    @Test
    void theCanonicalDocumentListsTheAlternateThatNamedIt(TestElasticsearch es) throws Exception {
        HttpServer site = site();
        String base = "http://127.0.0.1:" + site.getAddress().getPort();
        String alternate = base + "/story.html?utm_source=feed";
        String canonical = base + "/story.html";
        CrawlJob job = new CrawlJob(es.client(), es.index(), es.index() + "-status", es.index() + "-history",
                UnaryOperator.identity(), BulkObserver.NONE);
        Javalin api = null;
        try {
            CrawlJob.Outcome first = job.run(settings(base), quiet());
            CrawlJob.Outcome second = job.run(settings(base), quiet());
            api = new SearchApi(es.client(), es.index()).start("127.0.0.1", 0);
            AdminHttp http = new AdminHttp(api.port(), null);

            assertThat(first.crawl().pages()).containsExactly(base + "/", canonical);
            assertThat(second.crawl().pages()).contains(canonical).doesNotContain(alternate);
            JsonNode document = http.get("/api/documents/" + PageDocument.id(alternate)).json();
            assertThat(document.get("id").asText()).isEqualTo(PageDocument.id(canonical));
            assertThat(document.get("url").asText()).isEqualTo(canonical);
            assertThat(List.of(document.get("urls").get(0).asText(), document.get("urls").get(1).asText()))
                    .containsExactly(canonical, alternate);
            assertThat(document.get("urls")).hasSize(2);
            JsonNode found = http.get("/api/search?q=storks").json();
            assertThat(found.get("hits")).singleElement().satisfies(h ->
                    assertThat(h.get("url").asText()).isEqualTo(canonical));
            UrlReport explained = new UrlLookup(es.client(), es.index(), es.index() + "-status",
                    es.index() + "-history").find(alternate).orElseThrow();
            assertThat(explained.reason()).isEqualTo("CANONICAL");
            assertThat(explained.detail()).isEqualTo("canonical=" + canonical + " same text");
            assertThat(explained.documentId()).isEqualTo(PageDocument.id(canonical));
            assertThat(explained.indexed()).isTrue();
        } finally {
            if (api != null) {
                api.stop();
            }
            site.stop(0);
        }
    }

    private static CrawlSettings settings(String base) {
        return CrawlSettings.of(URI.create(base + "/")).withAllowPrivate(true).withRevisitAfter(Duration.ZERO)
                .withPoliteness(PolitenessSettings.defaults().withMinDelay(Duration.ZERO));
    }

    private static PrintStream quiet() {
        return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    }

    /** The home page links the alternate only, so the canonical is first met as the alternate's canonical. */
    private static HttpServer site() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", CanonicalAliasesIT::handle);
        server.start();
        return server;
    }

    private static void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if (path.equals("/robots.txt")) {
            SlowSite.send(exchange, 404, "not found");
        } else if (path.equals("/")) {
            SlowSite.send(exchange, 200, SlowSite.page("Ministry", "<p><a href=\"/story.html?utm_source=feed\">"
                    + "Storks</a></p>"));
        } else {
            SlowSite.send(exchange, 200, "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">" + STORY
                    + "</body></html>");
        }
    }
}
