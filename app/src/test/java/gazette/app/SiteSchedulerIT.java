package gazette.app;

import static org.assertj.core.api.Assertions.assertThat;

import gazette.core.CrawlReport;
import gazette.core.CrawlState;
import gazette.core.site.RemovalPolicy;
import gazette.core.site.Schedule;
import gazette.core.site.SiteConfig;
import gazette.core.site.SitePoliteness;
import gazette.core.site.SiteScope;
import gazette.core.site.SiteStatus;
import gazette.crawler.politeness.PolitenessSettings;
import gazette.testing.TestElasticsearch;
import gazette.testing.WithElasticsearch;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The scheduler over a real Elasticsearch and loopback fixture sites, on a clock the test moves: a site on a 1h
 * interval is crawled when due, not again before the hour is up, not while its crawl runs, and not again after a
 * restart that finds its last run in the sites-state index.
 */
@WithElasticsearch
class SiteSchedulerIT {
    private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
    private final MutableClock clock = new MutableClock(T0);
    private final CountingSite site = CountingSite.start();
    private final SlowSite slow = SlowSite.start(Duration.ofSeconds(2));
    private TestElasticsearch es;
    private SitesFile file;
    private CrawlService crawls;
    private ManagedSites sites;
    private SiteScheduler scheduler;

    @BeforeEach
    void start(TestElasticsearch es) {
        this.es = es;
        file = SitesFile.inMemory(List.of(site("counting", site.baseUri().toString()),
                site("slow", slow.baseUri().toString()).withSchedule(Schedule.MANUAL)));
        boot();
    }

    /** Everything a server builds at start, over the same indices: a restart when called again. */
    private void boot() {
        var settings = new CrawlServiceSettings(es.index(), es.index() + "-status", Duration.ofHours(10),
                PolitenessSettings.defaults().withMinDelay(Duration.ZERO));
        SiteStates states = SiteStates.open(es.client(), es.index() + "-sites");
        crawls = new CrawlService(es.client(), settings, file, states, new SimpleMeterRegistry(), clock);
        sites = new ManagedSites(file, states, crawls::active, clock.instant());
        scheduler = new SiteScheduler(file, sites, crawls, clock);
    }

    @AfterEach
    void stop() {
        crawls.close();
        site.close();
        slow.close();
    }

    private static SiteConfig site(String name, String seed) {
        return new SiteConfig(name, List.of(java.net.URI.create(seed)), List.of(),
                new SiteScope(List.of(), List.of(), List.of(), 2, 10), new SitePoliteness(Duration.ZERO, 2),
                Schedule.parse("1h"), RemovalPolicy.defaults(), true);
    }

    @Test
    void runsASiteWhenDueAndNotTwice() throws Exception {
        List<String> first = scheduler.tick();
        assertThat(first).hasSize(1);
        assertThat(scheduler.tick()).isEmpty(); // running, and not due
        CrawlReport done = awaitEnd(first.get(0));
        assertThat(done.status()).isEqualTo(CrawlState.FINISHED);
        assertThat(done.site()).isEqualTo("counting");
        assertThat(done.kind()).isEqualTo("site");
        assertThat(done.fetched()).isEqualTo(3);
        assertThat(site.hits("/")).isEqualTo(1);

        clock.advance(Duration.ofMinutes(59));
        assertThat(scheduler.tick()).isEmpty();
        SiteStatus waiting = sites.site("counting").orElseThrow();
        assertThat(waiting.state()).isEqualTo("finished");
        assertThat(waiting.lastCrawl()).isEqualTo(T0);
        assertThat(waiting.nextCrawl()).isEqualTo(T0.plus(Duration.ofHours(1)));

        clock.advance(Duration.ofMinutes(1));
        List<String> second = scheduler.tick();
        assertThat(second).hasSize(1);
        awaitEnd(second.get(0));
        assertThat(site.hits("/")).isEqualTo(2); // fetched again although its revisit time is a day away
        assertThat(site.hits("/notice/1")).isEqualTo(2);

        crawls.close();
        boot(); // a restart: the last start is read back from Elasticsearch
        clock.advance(Duration.ofMinutes(30));
        assertThat(scheduler.tick()).isEmpty();
        assertThat(sites.site("counting").orElseThrow().lastCrawl()).isEqualTo(T0.plus(Duration.ofHours(1)));
        assertThat(site.hits("/")).isEqualTo(2);
    }

    @Test
    void neverStartsASecondCrawlOfASiteWhileOneRuns() throws Exception {
        file.put(site("slow", slow.baseUri().toString()), false); // now on the 1h schedule
        file.put(site("counting", site.baseUri().toString()).withSchedule(Schedule.MANUAL), false);
        List<String> started = scheduler.tick();
        assertThat(started).hasSize(1);
        clock.advance(Duration.ofHours(3)); // overdue while the slow crawl still runs
        assertThat(scheduler.tick()).isEmpty();
        assertThat(sites.site("slow").orElseThrow().state()).isIn("running", "stalled");
        assertThat(crawls.crawls()).hasSize(1);
        crawls.stop(started.get(0));
        assertThat(awaitEnd(started.get(0)).status()).isEqualTo(CrawlState.STOPPED);
        List<String> again = scheduler.tick();
        assertThat(again).hasSize(1); // due, and free again
        crawls.stop(again.get(0));
        awaitEnd(again.get(0));
    }

    private CrawlReport awaitEnd(String id) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        CrawlReport r = crawls.crawl(id).orElseThrow();
        while (r.status().active()) {
            assertThat(System.nanoTime()).as("crawl %s still running: %s", id, r).isLessThan(deadline);
            Thread.sleep(100);
            r = crawls.crawl(id).orElseThrow();
        }
        return r;
    }
}
