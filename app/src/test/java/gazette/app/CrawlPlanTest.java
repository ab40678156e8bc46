package gazette.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gazette.core.CrawlRequest;
import gazette.core.site.SiteConfig;
import gazette.crawler.CrawlSettings;
import gazette.crawler.politeness.PolitenessSettings;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class CrawlPlanTest {
    private static final SitesFile SITES = SitesFile.load(SitesFileTest.EXAMPLE);
    private static final PolitenessSettings BASE = PolitenessSettings.defaults();

    @Test
    void aSiteCrawlTakesTheSitesSettingsAndFetchesEveryKnownUrlAgain() {
        CrawlPlan plan = CrawlPlan.of(CrawlRequest.ofSite("statistics-office"), SITES, BASE);
        CrawlSettings s = plan.settings();
        assertThat(plan.kind()).isEqualTo("site");
        assertThat(plan.siteName()).isEqualTo("statistics-office");
        assertThat(s.seeds()).containsExactly(URI.create("https://stats.example/en/releases/"));
        assertThat(s.maxPages()).isEqualTo(5000);
        assertThat(s.maxDepth()).isEqualTo(20);
        assertThat(s.sitemaps()).isTrue();
        assertThat(s.filter().refusal("https://stats.example/en/releases/1?print=1")).contains("exclude=[?&]print=");
        assertThat(s.filter().refusal("https://stats.example/en/releases/1")).isEmpty();
        assertThat(s.politeness().minDelay()).isEqualTo(Duration.ofSeconds(2));
        assertThat(s.politeness().maxParallelPerHost()).isEqualTo(1);
        assertThat(plan.hosts()).containsExactly("stats.example");
        assertThat(plan.recrawl().test("https://stats.example/anything")).isTrue();
        assertThat(plan.narrowed()).isFalse();
    }

    @Test
    void aPageBudgetInTheRequestWinsOverTheSites() {
        var request = new CrawlRequest(List.of(), 7, false, "statistics-office", null, List.of());
        assertThat(CrawlPlan.of(request, SITES, BASE).settings().maxPages()).isEqualTo(7);
    }

    @Test
    void aSectionIsNarrowedToItsPrefixOneHopDeepWithoutSitemapsAndUsesItsSitesPoliteness() {
        URI section = URI.create("https://stats.example/en/releases/2026/");
        var request = new CrawlRequest(List.of(), 50, false, null, section, List.of());
        CrawlPlan plan = CrawlPlan.of(request, SITES, BASE);
        assertThat(plan.kind()).isEqualTo("section");
        assertThat(plan.siteName()).isEqualTo("statistics-office"); // found by its host
        assertThat(plan.settings().seeds()).containsExactly(section);
        assertThat(plan.settings().maxDepth()).isEqualTo(1);
        assertThat(plan.settings().sitemaps()).isFalse();
        assertThat(plan.settings().politeness().minDelay()).isEqualTo(Duration.ofSeconds(2));
        assertThat(plan.narrowed()).isTrue();
        assertThat(plan.recrawl().test("https://stats.example/en/releases/2026/jan")).isTrue();
        assertThat(plan.recrawl().test("https://stats.example/en/about")).isFalse();
    }

    @Test
    void aUrlListFetchesOnlyThoseUrls() {
        var urls = List.of(URI.create("https://other.example/a"), URI.create("https://OTHER.example/b#top"));
        CrawlPlan plan = CrawlPlan.of(new CrawlRequest(List.of(), 1000, false, null, null, urls), SITES, BASE);
        assertThat(plan.kind()).isEqualTo("urls");
        assertThat(plan.site()).isNull();
        assertThat(plan.settings().maxDepth()).isZero();
        assertThat(plan.settings().politeness()).isEqualTo(BASE);
        assertThat(plan.recrawl().test("https://other.example/a")).isTrue();
        assertThat(plan.recrawl().test("https://other.example/b")).isTrue();
        assertThat(plan.recrawl().test("https://other.example/c")).isFalse();
    }

    @Test
    void extraHostsOfASiteAreCrawledFromTheirHomePages() {
        SiteConfig site = SitesFile.load(SitesFileTest.EXAMPLE).get("parliament").orElseThrow();
        var withHosts = new SiteConfig("two-hosts", site.seeds(), List.of(),
                new gazette.core.site.SiteScope(List.of("www.parliament.example", "media.parliament.example"),
                        List.of(), List.of(), 3, 10), site.politeness(), site.schedule(), site.removal(), false);
        CrawlPlan plan = CrawlPlan.of(CrawlRequest.ofSite("two-hosts"), SitesFile.inMemory(List.of(withHosts)), BASE);
        assertThat(plan.settings().seeds()).containsExactly(URI.create("https://www.parliament.example/press/"),
                URI.create("https://media.parliament.example/"));
        assertThat(plan.hosts()).containsExactlyInAnyOrder("www.parliament.example", "media.parliament.example");
    }

    @Test
    void anUnknownSiteIsRefusedByName() {
        assertThatThrownBy(() -> CrawlPlan.of(CrawlRequest.ofSite("nope"), SITES, BASE))
                .hasMessage("no configured site is named 'nope'");
    }
}
