package gazette.crawler;

import static gazette.crawler.CrawlFixture.urls;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import gazette.crawler.fetch.FetchSettings;
import gazette.crawler.frontier.MemoryStatusStore;
import gazette.crawler.frontier.UrlStatus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What becomes of bodies that are not what their label says: binary, gzip-encoded, bombs. */
class CrawlerContentTest {
    private static final Map<String, String> GZIP = Map.of("Content-Encoding", "gzip");

    private final CrawlFixture fixture = new CrawlFixture();
    private final TestServer server = fixture.server;
    private final MemoryStatusStore store = new MemoryStatusStore();

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void skipsBinaryBodiesLabelledHtmlNamingWhatTheyAre() {
        byte[] random = new byte[64 * 1024];
        new Random(8).nextBytes(random);
        byte[] png = new byte[32 * 1024];
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, 0, png, 0, 8);
        server.page("/", "Home", "/random.html", "/png.html", "/zipped.html", "/pdf.html", "/ok.html")
                .reply("/random.html", html(random, Map.of()))
                .reply("/png.html", html(png, Map.of()))
                .reply("/zipped.html", html(gzip(Html.page("Zipped")), Map.of()))
                .reply("/pdf.html", html(TestServer.utf8("%PDF-1.4\n%%EOF"), Map.of()))
                .page("/ok.html", "OK");

        CrawlResult result = crawl(fixture.settings());

        assertThat(result.pages()).containsExactly(fixture.url("/"), fixture.url("/ok.html"));
        assertThat(result.skipped(SkipReason.NOT_HTML)).extracting(Skipped::url, Skipped::detail)
                .containsExactlyInAnyOrder(
                        tuple(fixture.url("/png.html"),
                                "content-type=text/html but body is png"),
                        tuple(fixture.url("/zipped.html"),
                                "content-type=text/html but body is gzip"),
                        tuple(fixture.url("/pdf.html"),
                                "content-type=text/html but body is pdf"),
                        tuple(fixture.url("/random.html"),
                                "content-type=text/html but body is control-bytes=9%"));
        UrlStatus recorded = store.get(fixture.url("/png.html")).orElseThrow();
        assertThat(recorded.reason()).isEqualTo("NOT_HTML");
        assertThat(recorded.detail()).isEqualTo("content-type=text/html but body is png");
    }

    @Test
    void decodesAGzipEncodedPage() {
        server.reply("/", html(gzip(Html.page("Zipped home", "/a.html")), GZIP)).page("/a.html", "A");

        CrawlResult result = crawl(fixture.settings());

        assertThat(result.pages()).containsExactly(fixture.url("/"), fixture.url("/a.html"));
        assertThat(fixture.sink.pages.get(0).title()).isEqualTo("Zipped home");
    }

    @Test
    void stopsAGzipBombAtTheBodyCap() {
        int max = 64 * 1024;
        server.page("/", "Home", "/bomb.html").reply("/bomb.html", html(gzip(new byte[50 * 1024 * 1024]), GZIP));

        CrawlResult result = crawl(fixture.settings().withFetch(FetchSettings.defaults().withAllowPrivate(true)
                .withMaxBodyBytes(max)));

        assertThat(urls(result, SkipReason.TOO_LARGE)).containsExactly(fixture.url("/bomb.html"));
        assertThat(result.skipped(SkipReason.TOO_LARGE).get(0).detail())
                .isEqualTo("content-encoding=gzip decoded body over max=65536");
        assertThat(store.get(fixture.url("/bomb.html")).orElseThrow().reason()).isEqualTo("TOO_LARGE");
    }

    private CrawlResult crawl(CrawlSettings settings) {
        return new Crawler(settings, new TestExtractor(), fixture.sink, ProgressListener.NONE, store, fixture.clock,
                fixture.clock.sleeper()).crawl();
    }

    private static TestServer.Reply html(byte[] body, Map<String, String> headers) {
        return new TestServer.Reply(200, "text/html", body, headers);
    }

    static byte[] gzip(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
