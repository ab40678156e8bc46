package gazette.crawler.frontier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RevisitScheduleTest {
    private final RevisitSchedule schedule = RevisitSchedule.defaults();

    @Test
    void startsAtTheInitialIntervalThenGrowsForUnchangedAndShrinksForChangedPages() {
        assertThat(schedule.next(null, true, false)).isEqualTo(Duration.ofDays(1));
        assertThat(schedule.next(Duration.ofDays(1), false, false)).isEqualTo(Duration.ofHours(36));
        assertThat(schedule.next(Duration.ofHours(36), false, false)).isEqualTo(Duration.ofHours(54));
        assertThat(schedule.next(Duration.ofDays(1), true, false)).isEqualTo(Duration.ofHours(12));
    }

    @Test
    void staysWithinItsBoundsAndRevisitsListingsWithinSixHours() {
        assertThat(schedule.next(Duration.ofDays(25), false, false)).isEqualTo(Duration.ofDays(30));
        assertThat(schedule.next(Duration.ofMinutes(90), true, false)).isEqualTo(Duration.ofHours(1));
        assertThat(schedule.next(null, true, true)).isEqualTo(Duration.ofHours(6));
        assertThat(schedule.next(Duration.ofHours(6), false, true)).isEqualTo(Duration.ofHours(6));
        assertThat(schedule.next(Duration.ofHours(2), true, true)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void startingAtWidensTheBoundsToTheFirstInterval() {
        RevisitSchedule immediate = schedule.startingAt(Duration.ZERO);

        assertThat(immediate.next(null, true, false)).isZero();
        assertThat(immediate.next(Duration.ZERO, false, false)).isZero();
        assertThat(schedule.startingAt(Duration.ofDays(60)).max()).isEqualTo(Duration.ofDays(60));
    }

    @Test
    void refusesInconsistentSettings() {
        assertThatThrownBy(() -> new RevisitSchedule(Duration.ofHours(1), Duration.ofDays(1), Duration.ofDays(2), 1.5,
                2, Duration.ofHours(6))).hasMessageContaining("0 <= min <= initial <= max");
        assertThatThrownBy(() -> new RevisitSchedule(Duration.ofDays(1), Duration.ofHours(1), Duration.ofDays(2), 0.5,
                2, Duration.ofHours(6))).hasMessageContaining("grow and shrink must be at least 1");
    }
}
