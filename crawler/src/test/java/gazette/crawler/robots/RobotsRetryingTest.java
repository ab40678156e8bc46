package gazette.crawler.robots;

import static org.assertj.core.api.Assertions.assertThat;

import gazette.crawler.TestClock;
import gazette.crawler.TestServer;
import gazette.crawler.fetch.FetchSettings;
import gazette.crawler.fetch.Fetcher;
import gazette.crawler.politeness.Politeness;
import gazette.crawler.politeness.PolitenessSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** While an unavailable robots.txt waits out its backoff, the cache names the host and when it is tried again. */
class RobotsRetryingTest {
    private final TestClock clock = new TestClock();

    @Test
    void aHostIsListedAsRetryingOnlyDuringItsRobotsBackoff() throws Exception {
        List<Map<String, Instant>> duringSleeps = new ArrayList<>();
        try (TestServer server = new TestServer(clock);
                Fetcher fetcher = new Fetcher(FetchSettings.defaults().withAllowPrivate(true),
                        new Politeness(PolitenessSettings.defaults(), clock, clock.sleeper()))) {
            server.reply("/robots.txt", new TestServer.Reply(503, "text/plain", new byte[0], Map.of()));
            RobotsCache[] cache = new RobotsCache[1];
            cache[0] = new RobotsCache(fetcher, "GazetteBot", 5, robots -> {}, clock, d -> {
                duringSleeps.add(cache[0].retrying());
                clock.sleeper().sleep(d);
            });

            HostRobots robots = cache[0].forUrl(server.uri("/page"));

            String host = server.uri("/").getAuthority();
            assertThat(robots.refusal()).isNotNull();
            assertThat(duringSleeps).hasSize(2);
            assertThat(duringSleeps.get(0)).containsOnlyKeys(host);
            assertThat(duringSleeps.get(0).get(host)).isAfter(TestClock.START.plus(Duration.ofSeconds(29)));
            assertThat(cache[0].retrying()).isEmpty();
        }
    }
}
