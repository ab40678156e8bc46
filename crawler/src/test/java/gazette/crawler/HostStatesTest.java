package gazette.crawler;

import static org.assertj.core.api.Assertions.assertThat;

import gazette.crawler.politeness.HostState;
import gazette.crawler.politeness.HostWait;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A running crawl hands its listener a live view of what each host waits on, read between settled URLs. */
class HostStatesTest {
    private final CrawlFixture fixture = new CrawlFixture();
    private final AtomicReference<Supplier<List<HostState>>> view = new AtomicReference<>();
    private final List<HostState> seen = new CopyOnWriteArrayList<>();

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aHostWithACrawlDelayWaitsOnItsRobotsDelayBetweenPages() {
        fixture.server.robots("User-agent: *\nCrawl-delay: 7\n").page("/", "Home", "/a.html").page("/a.html", "A");

        crawl();

        String host = fixture.server.uri("/").getAuthority();
        // Time moves only when politeness sleeps, so after every request the host's next slot lies 7 s ahead.
        assertThat(seen).isNotEmpty().allSatisfy(s -> {
            assertThat(s.host()).isEqualTo(host);
            assertThat(s.reason()).isEqualTo(HostWait.ROBOTS_DELAY);
            assertThat(s.consecutiveFailures()).isZero();
        });
        // The last report: robots.txt at the start, the home page at 7 s, a.html at 14 s, so the next may go at 21 s.
        assertThat(seen.getLast().nextAllowedAt()).isEqualTo(TestClock.START.plus(Duration.ofSeconds(21)));
        assertThat(seen.getLast().inFlight()).isZero();
    }

    private void crawl() {
        ProgressListener listener = new ProgressListener() {
            @Override
            public void progress(CrawlProgress progress) {
                Supplier<List<HostState>> hosts = view.get();
                if (hosts != null) {
                    seen.addAll(hosts.get());
                }
            }

            @Override
            public void watching(Supplier<List<HostState>> hosts) {
                view.set(hosts);
            }
        };
        new Crawler(fixture.settings(), new TestExtractor(), fixture.sink, listener, fixture.clock,
                fixture.clock.sleeper()).crawl();
    }
}
