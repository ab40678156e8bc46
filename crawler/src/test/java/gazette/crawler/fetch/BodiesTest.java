package gazette.crawler.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class BodiesTest {

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"text/html", "text/html; charset=GBK", "TEXT/HTML;charset=utf-8", "application/xhtml+xml",
        " text/html ", ""})
    void acceptsHtmlAndXhtmlAndUnlabelledBodies(String contentType) {
        assertThat(Bodies.isHtml(contentType)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/pdf", "image/png", "text/plain", "application/xml", "text/htmlx",
        "application/octet-stream"})
    void refusesOtherTypes(String contentType) {
        assertThat(Bodies.isHtml(contentType)).isFalse();
    }
}
