package gazette.crawler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A canonical fetched on behalf of the page naming it lists that page as an alias exactly when both serve the same
 * text: the alternate is then left out, and the canonical's document must still answer for the alternate's URL.
 */
class CanonicalAliasesTest {
    private static final String HEAD = "<link rel=\"canonical\" href=\"/story.html\"><title>Story</title>";
    private static final String ALTERNATE = "/story.html?utm_source=feed";

    @Test
    void theCanonicalListsTheAlternateServingItsText() {
        assertThat(aliasesByPage("<p>The story, told once.</p>")).containsExactly(entry("/", List.of()),
                entry("/story.html", List.of(ALTERNATE)));
    }

    @Test
    void aCanonicalWithOtherTextListsNoAliasAndBothAreIndexed() {
        assertThat(aliasesByPage("<p>The story, told with a feed banner.</p>")).containsOnly(entry("/", List.of()),
                entry("/story.html", List.of()), entry(ALTERNATE, List.of()));
    }

    /**
     * Crawls a home page linking only the alternate (so its canonical is fetched on its behalf), the canonical
     * serving "The story, told once."; the aliases of every page handed to the sink, by path.
     */
    private static Map<String, List<String>> aliasesByPage(String alternateBody) {
        try (CrawlFixture fixture = new CrawlFixture()) {
            fixture.server.page("/", "Home", ALTERNATE).reply(ALTERNATE, html(alternateBody))
                    .reply("/story.html", html("<p>The story, told once.</p>"));
            fixture.crawl(fixture.settings());
            Map<String, List<String>> aliases = new LinkedHashMap<>();
            fixture.sink.pages.forEach(p -> aliases.put(path(p.url()),
                    p.aliases().stream().map(CanonicalAliasesTest::path).toList()));
            return aliases;
        }
    }

    private static String path(String url) {
        URI uri = URI.create(url);
        return uri.getRawQuery() == null ? uri.getRawPath() : uri.getRawPath() + "?" + uri.getRawQuery();
    }

    private static TestServer.Reply html(String body) {
        return new TestServer.Reply(200, "text/html; charset=utf-8", TestServer.utf8(HEAD + body), Map.of());
    }
}
