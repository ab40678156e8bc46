package gazette.crawler.politeness;

import static org.assertj.core.api.Assertions.assertThat;

import gazette.crawler.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What each host waits on, as the stall report shows it: the first reason that holds, in {@link HostWait} order. */
class HostStateTest {
    private final TestClock clock = new TestClock();
    private final Politeness politeness = new Politeness(
            new PolitenessSettings(Duration.ofSeconds(2), Duration.ofSeconds(60), 1), clock, clock.sleeper());

    @Test
    void aHostJustFetchedWaitsForPolitenessUntilItsNextSlot() throws InterruptedException {
        politeness.await("a.example");
        politeness.finished("a.example", false);

        assertThat(politeness.hosts(Map.of())).containsExactly(new HostState("a.example", HostWait.POLITENESS,
                TestClock.START.plusSeconds(2), 0, 0, 0));
    }

    @Test
    void aLongerCrawlDelayIsReportedAsRobotsDelay() throws InterruptedException {
        politeness.crawlDelay("slow.example", Duration.ofSeconds(40));
        politeness.await("slow.example");
        politeness.finished("slow.example", false);

        HostState state = only();
        assertThat(state.reason()).isEqualTo(HostWait.ROBOTS_DELAY);
        assertThat(state.nextAllowedAt()).isEqualTo(TestClock.START.plusSeconds(40));
    }

    @Test
    void aCrawlDelayShorterThanTheMinimumIsPlainPoliteness() throws InterruptedException {
        politeness.crawlDelay("a.example", Duration.ofMillis(500));
        politeness.await("a.example");

        assertThat(only().reason()).isEqualTo(HostWait.POLITENESS);
    }

    @Test
    void aRetryAfterPauseOutranksTheCrawlDelay() throws InterruptedException {
        politeness.crawlDelay("busy.example", Duration.ofSeconds(10));
        politeness.await("busy.example");
        politeness.finished("busy.example", false);
        politeness.pause("busy.example", Duration.ofSeconds(120));

        HostState state = only();
        assertThat(state.reason()).isEqualTo(HostWait.RETRY_AFTER);
        assertThat(state.nextAllowedAt()).isEqualTo(TestClock.START.plusSeconds(120));
    }

    @Test
    void aRobotsTxtBackoffOutranksEverything() throws InterruptedException {
        politeness.await("down.example");
        politeness.finished("down.example", true);
        Instant retry = TestClock.START.plusSeconds(30);

        HostState state = politeness.hosts(Map.of("down.example", retry)).getFirst();

        assertThat(state).isEqualTo(new HostState("down.example", HostWait.ROBOTS_UNAVAILABLE, retry, 0, 0, 1));
    }

    @Test
    void onceTheSlotHasComeAHostIsFetchingFailingOrIdle() throws InterruptedException {
        politeness.await("a.example");
        clock.sleeper().sleep(Duration.ofSeconds(3));
        assertThat(only()).isEqualTo(new HostState("a.example", HostWait.FETCHING, null, 1, 0, 0));

        politeness.finished("a.example", true);
        // One request at a time: the next slot counts from this end, then only the failure is left to report.
        assertThat(only()).isEqualTo(new HostState("a.example", HostWait.POLITENESS, TestClock.START.plusSeconds(5),
                0, 0, 1));
        clock.sleeper().sleep(Duration.ofSeconds(2));
        assertThat(only()).isEqualTo(new HostState("a.example", HostWait.FAILURES, null, 0, 0, 1));

        politeness.await("a.example");
        politeness.finished("a.example", false);
        clock.sleeper().sleep(Duration.ofSeconds(3));
        assertThat(only()).isEqualTo(new HostState("a.example", HostWait.NONE, null, 0, 0, 0));
    }

    @Test
    void aRequestSleepingForItsSlotCountsAsWaitingNotInFlight() throws Exception {
        CountDownLatch asleep = new CountDownLatch(1);
        CountDownLatch wake = new CountDownLatch(1);
        Politeness blocking = new Politeness(new PolitenessSettings(Duration.ofSeconds(2), Duration.ofSeconds(60), 1),
                clock, d -> {
                    asleep.countDown();
                    wake.await(10, TimeUnit.SECONDS);
                });
        blocking.await("a.example");
        Thread second = Thread.ofVirtual().start(() -> {
            try {
                blocking.await("a.example");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        assertThat(asleep.await(10, TimeUnit.SECONDS)).isTrue();

        HostState state = blocking.hosts(Map.of()).getFirst();
        assertThat(state.reason()).isEqualTo(HostWait.POLITENESS);
        assertThat(state.waiting()).isEqualTo(1);
        assertThat(state.inFlight()).isEqualTo(1);
        assertThat(state.nextAllowedAt()).isEqualTo(TestClock.START.plusSeconds(2));
        wake.countDown();
        second.join(Duration.ofSeconds(10));
        assertThat(blocking.hosts(Map.of()).getFirst().waiting()).isZero();
        assertThat(blocking.hosts(Map.of()).getFirst().inFlight()).isEqualTo(2);
    }

    @Test
    void reasonsHaveTheirSnakeCaseLabels() {
        assertThat(HostWait.ROBOTS_DELAY.label()).isEqualTo("robots_delay");
        assertThat(HostWait.RETRY_AFTER.label()).isEqualTo("retry_after");
    }

    private HostState only() {
        assertThat(politeness.hosts(Map.of())).hasSize(1);
        return politeness.hosts(Map.of()).getFirst();
    }
}
