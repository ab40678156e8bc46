package gazette.api.feed;

import static org.assertj.core.api.Assertions.assertThat;

import gazette.api.search.Facets;
import gazette.api.search.Hit;
import gazette.api.search.SearchResult;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class AtomFeedTest {
    /** Every kind XML 1.0 forbids: NUL, other C0 controls, U+FFFE, U+FFFF and lone surrogates (low, then high). */
    private static final String FORBIDDEN = "\u0000\u0001\u0008\u000B\u000C\u001F\uFFFE\uFFFF\uDC00\uD800";

    private static Hit hit(String title, String snippet) {
        return new Hit("id1", "https://gov.example/a?x=1\u0007", title, "2024-05-10T09:00:00Z", "en",
                "gov.example", 1.0, List.of(snippet), List.of(), false, null, Hit.Duplicates.NONE, null);
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static String render(String query, Hit hit) {
        SearchResult result = new SearchResult(1, 1, 1, 10, 3, List.of(hit), Facets.none(), null, null);
        return AtomFeed.render(query, "https://gazette.example/api/search.atom", result,
                Instant.parse("2025-01-01T00:00:00Z"));
    }

    @Test
    void dropsCharactersXmlCannotCarrySoTheFeedParses() throws Exception {
        String atom = render("pen" + FORBIDDEN + "sion", hit("Tax" + FORBIDDEN + " rise",
                "a <mark>pension</mark>" + FORBIDDEN + " rise"));
        Document feed = parse(atom);
        assertThat(feed.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("Gazette: pension");
        assertThat(feed.getElementsByTagName("title").item(1).getTextContent()).isEqualTo("Tax rise");
        assertThat(feed.getElementsByTagName("summary").item(0).getTextContent())
                .isEqualTo("a <mark>pension</mark> rise");
        assertThat(feed.getElementsByTagName("id").item(1).getTextContent()).isEqualTo("https://gov.example/a?x=1");
    }

    @Test
    void keepsTabsNewlinesAndCharactersBeyondTheBasicPlane() throws Exception {
        Document feed = parse(render("q", hit("A\tB\nC 😀 𠀋", "x")));
        assertThat(feed.getElementsByTagName("title").item(1).getTextContent()).isEqualTo("A\tB\nC 😀 𠀋");
    }

    @Test
    void stripLeavesCleanTextAlone() {
        String clean = "Rentenreform 年金 😀";
        assertThat(XmlChars.strip(clean)).isSameAs(clean);
        assertThat(XmlChars.strip("a\uD83D")).isEqualTo("a");
    }
}
