package gazette.crawler.politeness;

import static org.assertj.core.api.Assertions.assertThat;

import gazette.crawler.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolitenessTest {
    private final TestClock clock = new TestClock();
    private final List<Duration> sleeps = new ArrayList<>();
    private final Sleeper recording = d -> {
        sleeps.add(d);
        clock.sleeper().sleep(d);
    };

    @Test
    void firstRequestToAHostDoesNotWait() throws InterruptedException {
        Politeness politeness = politeness(Duration.ofSeconds(1), Duration.ofSeconds(30));

        politeness.await("a.example");

        assertThat(sleeps).isEmpty();
        assertThat(politeness.readyAt("a.example")).isEqualTo(TestClock.START.plusSeconds(1));
        assertThat(politeness.readyAt("never.example")).isEqualTo(Instant.MIN);
    }

    @Test
    void waitsOutTheRestOfTheDelay() throws InterruptedException {
        Politeness politeness = politeness(Duration.ofSeconds(2), Duration.ofSeconds(30));
        politeness.await("a.example");
        clock.sleeper().sleep(Duration.ofMillis(500));

        politeness.await("a.example");

        assertThat(sleeps).containsExactly(Duration.ofMillis(1500));
    }

    @Test
    void hostsWaitIndependently() throws InterruptedException {
        Politeness politeness = politeness(Duration.ofSeconds(2), Duration.ofSeconds(30));

        politeness.await("a.example");
        politeness.await("b.example");

        assertThat(sleeps).isEmpty();
    }

    @Test
    void crawlDelayIsCappedAndNeverShortensTheMinimum() {
        Politeness politeness = politeness(Duration.ofSeconds(2), Duration.ofSeconds(10));

        politeness.crawlDelay("long.example", Duration.ofHours(1));
        politeness.crawlDelay("short.example", Duration.ofMillis(100));
        politeness.crawlDelay("mid.example", Duration.ofSeconds(5));

        assertThat(politeness.delay("long.example")).isEqualTo(Duration.ofSeconds(10));
        assertThat(politeness.delay("short.example")).isEqualTo(Duration.ofSeconds(2));
        assertThat(politeness.delay("mid.example")).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void requestsInFlightTogetherGetSuccessiveSlots() throws InterruptedException {
        // A sleeper that lets time stand still stands for three requests reserving at the same instant.
        Sleeper timeStandsStill = sleeps::add;
        Politeness politeness = new Politeness(new PolitenessSettings(Duration.ofSeconds(1), Duration.ZERO, 3),
                clock, timeStandsStill);

        politeness.await("a.example");
        politeness.await("a.example");
        politeness.await("a.example");

        assertThat(sleeps).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
        assertThat(politeness.readyAt("a.example")).isEqualTo(TestClock.START.plusSeconds(3));
    }

    @Test
    void oneRequestAtATimeIsSpacedFromTheEndOfThePreviousOne() throws InterruptedException {
        Politeness politeness = politeness(Duration.ofSeconds(1), Duration.ofSeconds(30));
        politeness.await("a.example");
        clock.sleeper().sleep(Duration.ofMillis(300)); // the response takes 300 ms
        politeness.finished("a.example", false);

        politeness.await("a.example");

        assertThat(sleeps).containsExactly(Duration.ofSeconds(1));
        assertThat(clock.elapsed()).isEqualTo(Duration.ofMillis(1300));
    }

    @Test
    void aLateWakeUpPushesTheNextSlotBack() throws InterruptedException {
        // A loaded machine wakes the sleeper 150 ms late: the site must still see a full delay before the next.
        Sleeper late = d -> {
            sleeps.add(d);
            clock.sleeper().sleep(d.plusMillis(150));
        };
        Politeness politeness = new Politeness(new PolitenessSettings(Duration.ofSeconds(1), Duration.ZERO, 2),
                clock, late);
        politeness.await("a.example");
        politeness.await("a.example"); // reserved for +1 s, starts at +1.15 s

        assertThat(politeness.readyAt("a.example")).isEqualTo(TestClock.START.plusMillis(2150));
    }

    private Politeness politeness(Duration minDelay, Duration maxCrawlDelay) {
        return new Politeness(new PolitenessSettings(minDelay, maxCrawlDelay, 1), clock, recording);
    }
}
