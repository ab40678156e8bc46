package gazette.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import gazette.core.Extracted;
import gazette.core.Fetched;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HtmlExtractorTest {
    private static final URI URL = URI.create("https://www.example.gov/news/1.html");
    private final HtmlExtractor extractor = new HtmlExtractor();

    @Test
    void emptyBodyGivesEmptyResult() {
        Extracted e = extract(new byte[0], null);
        assertThat(e.text()).isEmpty();
        assertThat(e.title()).isEmpty();
        assertThat(e.published()).isNull();
        assertThat(e.language()).isEqualTo("und");
    }

    @Test
    void binaryGarbageDoesNotThrow() {
        byte[] garbage = new byte[100_000];
        new Random(42).nextBytes(garbage);
        assertThat(extract(garbage, "text/html").links()).isEmpty();
    }

    @Test
    void pngLabelledHtmlIsRefused() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 'T', 'i',
            't', 'l', 'e', ' ', 'E', 'n', 'g', 'l', 'i', 's', 'h', ' ', 't', 'e', 'x', 't'};
        Extracted e = extract(png, "text/html; charset=utf-8");
        assertThat(e.text()).isEmpty();
        assertThat(e.title()).isEmpty();
        assertThat(e.language()).isEqualTo("und");
    }

    @Test
    void randomBytesLabelledHtmlGiveNoText() {
        byte[] garbage = new byte[100_000];
        new Random(7).nextBytes(garbage);
        Extracted e = extract(garbage, "text/html");
        assertThat(e.text()).isEmpty();
        assertThat(e.title()).isEmpty();
    }

    @Test
    void malformedHtmlStillYieldsText() {
        String html = "<html><body><div><p>Unclosed paragraph with enough words to count as prose, really."
                + "<table><tr><td>cell<div></span></b><p>Second paragraph, also long enough to be kept here.";
        Extracted e = extract(html.getBytes(StandardCharsets.UTF_8), null);
        assertThat(e.text()).contains("Unclosed paragraph with enough words", "Second paragraph");
    }

    @Test
    void deeplyNestedMarkupDoesNotThrow() {
        String html = "<div>".repeat(5000) + "deep text" + "</div>".repeat(5000);
        assertThat(extract(html.getBytes(StandardCharsets.UTF_8), null).text()).isNotNull();
    }

    @Test
    void contentLanguageHeaderIsAPriorForShortText() {
        byte[] body = "<html><body><h1>Notice</h1><p>OK</p></body></html>".getBytes(StandardCharsets.UTF_8);
        Extracted e = extractor.extract(new Fetched(URL, body, "text/html", "fi"));
        assertThat(e.language()).isEqualTo("fi");
    }

    @Test
    void linksAreAbsoluteHttpDedupedAndWithoutFragments() {
        String html = "<a href='/a#x'>a</a><a href='/a'>a</a><a href='mailto:x@y'>m</a>"
                + "<a href='javascript:void(0)'>j</a><a href='https://other.example/b'>b</a>";
        assertThat(extract(html.getBytes(StandardCharsets.UTF_8), null).links())
                .containsExactly("https://www.example.gov/a", "https://other.example/b");
    }

    private Extracted extract(byte[] body, String contentType) {
        return extractor.extract(new Fetched(URL, body, contentType, null));
    }
}
