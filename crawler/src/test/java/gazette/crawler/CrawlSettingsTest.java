package gazette.crawler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gazette.crawler.fetch.FetchSettings;
import gazette.crawler.politeness.PolitenessSettings;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class CrawlSettingsTest {
    private final CrawlSettings settings = CrawlSettings.of(URI.create("https://www.gov.example/news/"),
            URI.create("http://127.0.0.1:8080/"), URI.create("https://www.gov.example/other"));

    @Test
    void defaultsArePoliteAndRefusePrivateAddresses() {
        assertThat(settings.politeness()).isEqualTo(
                new PolitenessSettings(Duration.ofSeconds(1), Duration.ofSeconds(30), 1));
        assertThat(settings.fetch().allowPrivate()).isFalse();
        assertThat(settings.fetch().maxBodyBytes()).isEqualTo(10 * 1024 * 1024);
        assertThat(settings.fetch().robotsName()).isEqualTo("gazettebot");
    }

    @Test
    void scopeIsTheSeedsHosts() {
        assertThat(settings.hosts()).containsExactly("www.gov.example", "127.0.0.1:8080");
    }

    @Test
    void withersChangeOneThing() {
        CrawlSettings changed = settings.withMaxPages(5).withMinDelay(Duration.ZERO).withAllowPrivate(true);

        assertThat(changed.maxPages()).isEqualTo(5);
        assertThat(changed.politeness().minDelay()).isZero();
        assertThat(changed.fetch().allowPrivate()).isTrue();
        assertThat(changed.maxDepth()).isEqualTo(settings.maxDepth());
    }

    @Test
    void theBuilderStartsFromTheDefaultsAndCopiesWhatItIsNotTold() {
        CrawlSettings built = CrawlSettings.builder(URI.create("https://www.gov.example/")).maxPages(7)
                .removeAfter(3).partition(gazette.crawler.scope.Partition.parse("1/2"))
                .revisitAfter(Duration.ofHours(2)).build();
        CrawlSettings copy = built.toBuilder().concurrency(2).build();

        assertThat(built.maxDepth()).isEqualTo(20);
        assertThat(built.removeAfter()).isEqualTo(3);
        assertThat(built.revisitAfter()).isEqualTo(Duration.ofHours(2));
        assertThat(built.traps()).isEqualTo(gazette.crawler.scope.TrapSettings.defaults());
        assertThat(copy).isEqualTo(built.toBuilder().concurrency(2).build());
        assertThat(copy.maxPages()).isEqualTo(7);
        assertThat(copy.partition().toString()).isEqualTo("1/2");
        assertThat(CrawlSettings.of(URI.create("https://www.gov.example/")).removeAfter()).isEqualTo(2);
    }

    @Test
    void refusesInvalidValuesWithTheirName() {
        assertThatThrownBy(() -> settings.toBuilder().removeAfter(0).build())
                .hasMessageContaining("removeAfter must be at least 1");
        assertThatThrownBy(() -> settings.withRevisitAfter(Duration.ofSeconds(-1)))
                .hasMessageContaining("revisitAfter must not be negative");
        assertThatThrownBy(() -> CrawlSettings.of(List.of())).hasMessageContaining("seed");
        assertThatThrownBy(() -> CrawlSettings.of(URI.create("ftp://x.example/")))
                .hasMessageContaining("seed must be an absolute http(s) URL: ftp://x.example/");
        assertThatThrownBy(() -> CrawlSettings.of(URI.create("/relative"))).hasMessageContaining("seed");
        assertThatThrownBy(() -> settings.withMaxPages(0)).hasMessageContaining("maxPages must be at least 1");
        assertThatThrownBy(() -> settings.withMaxDepth(-1)).hasMessageContaining("maxDepth");
        assertThatThrownBy(() -> settings.withConcurrency(0)).hasMessageContaining("concurrency");
        assertThatThrownBy(() -> settings.withMinDelay(Duration.ofSeconds(-1))).hasMessageContaining("minDelay");
        assertThatThrownBy(() -> settings.withUserAgent("Bot\r\nX-Evil: 1")).hasMessageContaining("userAgent");
        assertThatThrownBy(() -> FetchSettings.defaults().withMaxRedirects(21)).hasMessageContaining("maxRedirects");
        assertThatThrownBy(() -> FetchSettings.defaults().withTimeouts(Duration.ZERO, Duration.ofSeconds(1)))
                .hasMessageContaining("connectTimeout");
        assertThatThrownBy(() -> PolitenessSettings.defaults().withMaxParallelPerHost(0))
                .hasMessageContaining("maxParallelPerHost");
    }
}
