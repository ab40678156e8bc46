package gazette.crawler.scope;

import static org.assertj.core.api.Assertions.assertThat;

import gazette.crawler.SkipReason;
import java.net.URI;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScopeTest {
    private final UrlNormalizer normalizer = new UrlNormalizer();
    private final Scope scope = new Scope(Set.of("www.gov.example", "127.0.0.1:8080"), 2,
            new TrapGuard(TrapSettings.defaults(), java.time.Clock.systemUTC()));

    @ParameterizedTest
    @CsvSource({
        "HTTP://WWW.Gov.Example:80/a/../news/./1.html#top, http://www.gov.example/news/1.html",
        "https://www.gov.example, https://www.gov.example/",
        "http://www.gov.example/list?page=2&lang=en, http://www.gov.example/list?lang=en&page=2",
        "http://www.gov.example/a b.html, http://www.gov.example/a%20b.html"})
    void normalisesToOneSpelling(String raw, String expected) {
        assertThat(normalizer.normalize(raw)).contains(URI.create(expected));
    }

    @ParameterizedTest
    @CsvSource({"mailto:press@gov.example", "ftp://www.gov.example/x", "javascript:void(0)", "/relative", "''"})
    void refusesWhatIsNotAnAbsoluteWebUrl(String raw) {
        assertThat(normalizer.normalize(raw)).isEmpty();
    }

    @Test
    void resolvesRedirectLocations() {
        URI base = URI.create("http://www.gov.example/news/old.html");

        assertThat(normalizer.resolve(base, "new.html")).contains(URI.create("http://www.gov.example/news/new.html"));
        assertThat(normalizer.resolve(base, "")).isEmpty();
    }

    @Test
    void keepsToTheSeedHostsAndDepth() {
        assertThat(scope.check(URI.create("http://www.gov.example/x"), 2)).isEmpty();
        assertThat(scope.check(URI.create("https://www.gov.example/x"), 0)).isEmpty();
        assertThat(scope.check(URI.create("http://127.0.0.1:8080/x"), 1)).isEmpty();
        assertThat(scope.check(URI.create("http://127.0.0.1:9090/x"), 1)).contains(SkipReason.OUT_OF_SCOPE);
        assertThat(scope.check(URI.create("http://gov.example/x"), 1)).contains(SkipReason.OUT_OF_SCOPE);
        assertThat(scope.check(URI.create("http://www.gov.example/x"), 3)).isEqualTo(Optional.of(SkipReason.TOO_DEEP));
    }

    @Test
    void keepsToTheSiteUrlPatterns() {
        Scope filtered = new Scope(Set.of("www.gov.example"), 5,
                new TrapGuard(TrapSettings.defaults(), java.time.Clock.systemUTC()),
                UrlFilter.of(java.util.List.of("/news/", "/press/"), java.util.List.of("\\.pdf$", "/news/archive/")));

        assertThat(filtered.check(URI.create("http://www.gov.example/news/1.html"), 1)).isEmpty();
        assertThat(filtered.refusal(URI.create("http://www.gov.example/about.html"), 1))
                .contains(new Refusal(SkipReason.FILTERED, "include=none matched"));
        assertThat(filtered.refusal(URI.create("http://www.gov.example/news/archive/1.html"), 1))
                .contains(new Refusal(SkipReason.FILTERED, "exclude=/news/archive/"));
        assertThat(filtered.check(URI.create("http://www.gov.example/press/a.pdf"), 1)).contains(SkipReason.FILTERED);
    }

    @Test
    void refusesAPatternThatDoesNotCompileByName() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> UrlFilter.of(java.util.List.of("news("), java.util.List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("news(");
    }

    @Test
    void keysHostsAndOrigins() {
        assertThat(Urls.hostKey(URI.create("https://WWW.Gov.Example:443/x"))).isEqualTo("www.gov.example");
        assertThat(Urls.hostKey(URI.create("http://127.0.0.1:8080/x"))).isEqualTo("127.0.0.1:8080");
        assertThat(Urls.origin(URI.create("HTTPS://www.gov.example/x?y"))).isEqualTo("https://www.gov.example");
    }
}
