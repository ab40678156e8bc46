package gazette.app.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.core.search.Hit;
import gazette.core.PageDocument;
import gazette.core.PagesIndex;
import gazette.crawler.frontier.ElasticsearchStatusStore;
import gazette.crawler.frontier.UrlState;
import gazette.samplesite.SampleSite;
import gazette.testing.TestElasticsearch;
import gazette.testing.WithElasticsearch;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Issue 8.2: a crawl of the sample site in a child JVM ({@link KillableCrawl}) is killed with SIGKILL at random
 * points, {@value #KILLS} times, and restarted each time; its final index must equal an uninterrupted crawl's (same
 * ids, same content hashes), its frontier must end with every URL settled as the uninterrupted one did, and the
 * fixture site must have served no page more often than the frontier allows (once, plus once again per kill for the
 * pages fetched but not yet acknowledged when it landed).
 */
@Tag("reliability")
@WithElasticsearch
@Timeout(value = 6, unit = TimeUnit.MINUTES)
class CrawlKilledIT {
    private static final Logger LOG = LoggerFactory.getLogger(CrawlKilledIT.class);
    /** Change with {@code -Dgazette.kill.seed=N} to kill at other points. */
    static final long SEED = Long.getLong("gazette.kill.seed", 82L);
    static final int KILLS = 3;
    private static final Duration RUN_LIMIT = Duration.ofMinutes(2);
    private static final Path LOGS = Path.of("target", "reliability");
    private static final String ROBOTS = "/robots.txt";
    private static final String SITEMAP = "/sitemap.xml";

    private TestElasticsearch es;
    private SampleSite site;

    @BeforeEach
    void start(TestElasticsearch es) {
        this.es = es;
        site = SampleSite.start(0);
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void crawlKilledAtRandomPointsEndsWithTheIndexOfAnUninterruptedCrawl() throws Exception {
        String killed = es.index() + "-killed";
        List<Integer> killedAt = killRepeatedly(killed, new Random(SEED));
        Map<String, Integer> fetches = fetchCounts(killed);
        String reference = es.index() + "-reference";
        assertThat(runToEnd(reference, "fresh")).as("uninterrupted crawl's pages").isPositive();

        Map<String, String> expected = documents(reference);
        assertThat(documents(killed)).as("id -> content hash after %d kills", KILLS).isEqualTo(expected);
        assertThat(states(killed)).as("frontier after the kills").isEqualTo(states(reference));
        int refetched = assertFetchedWithinSchedule(fetches, expected.size());
        LOG.info("figures test=kill9 seed={} kills={} killed_at_pages={} documents={} lost=0 duplicates=0 "
                + "pages_fetched_twice={} max_fetches_per_page={}", SEED, KILLS, killedAt, expected.size(), refetched,
                fetches.values().stream().mapToInt(Integer::intValue).max().orElse(0));
    }

    /** Starts the crawl, kills it at a random page count (and a random few ms later), {@link #KILLS} times. */
    private List<Integer> killRepeatedly(String alias, Random random) throws Exception {
        List<Integer> killedAt = new ArrayList<>();
        for (int k = 0; k < KILLS; k++) {
            int at = 5 + random.nextInt(40);
            try (ChildJvm crawl = crawl(alias, k == 0 ? "fresh" : "resume")) {
                assertThat(awaitFetched(crawl, at)).as("run %d reached %d pages before its end", k + 1, at).isTrue();
                Thread.sleep(random.nextInt(300));
                crawl.kill();
            }
            killedAt.add(at);
        }
        assertThat(runToEnd(alias, "resume")).as("pages left for the run after the last kill").isPositive();
        return killedAt;
    }

    private ChildJvm crawl(String alias, String mode) {
        return ChildJvm.start(KillableCrawl.class, LOGS.resolve("crawl-killed-" + alias + ".log"), es.url(), alias,
                alias + "-status", site.baseUri().toString(), mode);
    }

    private static boolean awaitFetched(ChildJvm crawl, int pages) throws InterruptedException {
        for (String line = crawl.nextLine(RUN_LIMIT); line != null; line = crawl.nextLine(RUN_LIMIT)) {
            if (line.startsWith("fetched=") && Integer.parseInt(line.substring(8)) >= pages) {
                return true;
            }
        }
        return false;
    }

    /** Runs a crawl to its end; the pages it fetched. */
    private int runToEnd(String alias, String mode) throws Exception {
        try (ChildJvm crawl = crawl(alias, mode)) {
            String done = null;
            for (String line = crawl.nextLine(RUN_LIMIT); line != null; line = crawl.nextLine(RUN_LIMIT)) {
                done = line.startsWith("done ") ? line : done;
            }
            assertThat(crawl.await(Duration.ofSeconds(30))).as("exit code of the crawl into " + alias).isZero();
            assertThat(done).as("the crawl's last line").isNotNull();
            return Integer.parseInt(done.substring("done pages=".length()));
        }
    }

    /**
     * Every URL at most once plus once per kill (a kill may catch it fetched but not yet acknowledged), and all such
     * repeats together at most what the frontier can lose per kill: the pages since the last flush plus those in
     * flight. robots.txt and the sitemap are read again by every run's discovery, so they are counted apart.
     */
    private int assertFetchedWithinSchedule(Map<String, Integer> fetches, int pages) {
        int runs = KILLS + 1;
        assertThat(fetches.remove(ROBOTS)).as("robots.txt fetches, once per run").isLessThanOrEqualTo(runs);
        assertThat(fetches.remove(SITEMAP)).as("sitemap fetches: once per run, and as a frontier URL")
                .isLessThanOrEqualTo(runs + KILLS + 1);
        Map<String, Integer> tooOften = new TreeMap<>(fetches);
        tooOften.values().removeIf(n -> n <= KILLS + 1);
        assertThat(tooOften).as("URLs fetched more than once plus once per kill").isEmpty();
        int repeats = fetches.values().stream().mapToInt(n -> n - 1).sum();
        assertThat(repeats).as("repeated fetches").isLessThanOrEqualTo(KILLS * (KillableCrawl.FLUSH_EVERY
                + KillableCrawl.CONCURRENCY));
        assertThat(fetches.size()).as("URLs fetched").isGreaterThanOrEqualTo(pages);
        assertThat(site.requestCount("/private/secret.html")).as("fetches of a URL robots.txt disallows").isZero();
        return (int) fetches.values().stream().filter(n -> n > 1).count();
    }

    /** How often the site served robots.txt, the sitemap and each URL the crawl's frontier knows. */
    private Map<String, Integer> fetchCounts(String alias) {
        Map<String, Integer> counts = new TreeMap<>(Map.of(ROBOTS, site.requestCount(ROBOTS),
                SITEMAP, site.requestCount(SITEMAP)));
        new ElasticsearchStatusStore(es.client(), alias + "-status").load(s -> {
            String path = URI.create(s.url()).getRawPath();
            int n = site.requestCount(path);
            if (n > 0) {
                counts.put(path, n);
            }
        });
        return counts;
    }

    /** Every document's id with its content hash, read after a refresh. */
    private Map<String, String> documents(String alias) throws IOException {
        String index = PagesIndex.versioned(alias);
        es.client().indices().refresh(r -> r.index(index));
        List<Hit<Map>> hits = es.client().search(s -> s.index(index).size(10_000)
                .source(src -> src.filter(f -> f.includes(PageDocument.CONTENT_HASH))), Map.class).hits().hits();
        Map<String, String> byId = new TreeMap<>();
        hits.forEach(h -> byId.put(h.id(), (String) h.source().get(PageDocument.CONTENT_HASH)));
        assertThat(byId).as("distinct ids in " + index).hasSize(hits.size());
        return byId;
    }

    /** Each URL of the frontier with its state. */
    private Map<String, UrlState> states(String alias) {
        Map<String, UrlState> states = new TreeMap<>();
        new ElasticsearchStatusStore(es.client(), alias + "-status").load(s -> states.put(s.url(), s.state()));
        return states;
    }
}
