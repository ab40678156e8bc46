package gazette.core.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ScheduleTest {
    private static final Instant T = Instant.parse("2026-11-29T09:41:30Z"); // a Sunday

    @Test
    void intervalIsDueAtOnceWhenNeverRunAndThenAfterTheLastStart() {
        Schedule every6h = Schedule.parse("6h");
        assertThat(every6h).isEqualTo(new Schedule.Every(Duration.ofHours(6)));
        assertThat(every6h.next(null, T)).isEqualTo(T);
        assertThat(every6h.next(T, T.plusSeconds(5))).isEqualTo(T.plus(Duration.ofHours(6)));
        assertThat(Schedule.parse("PT30M")).isEqualTo(new Schedule.Every(Duration.ofMinutes(30)));
        assertThat(Schedule.parse(Schedule.parse("1d").text())).isEqualTo(Schedule.parse("24h"));
    }

    @Test
    void manualNeverFires() {
        assertThat(Schedule.parse(null).next(null, T)).isNull();
        assertThat(Schedule.parse("manual").next(T, T)).isNull();
        assertThat(Schedule.parse(" ").text()).isEqualTo("manual");
    }

    @Test
    void cronFiresAtTheNextMatchingMinuteAfterTheLastRun() {
        assertThat(Schedule.parse("0 3 * * *").next(T, T)).isEqualTo(Instant.parse("2026-11-30T03:00:00Z"));
        assertThat(Schedule.parse("*/15 * * * *").next(T, T)).isEqualTo(Instant.parse("2026-11-29T09:45:00Z"));
        assertThat(Schedule.parse("30 9 * * *").next(Instant.parse("2026-11-29T09:30:00Z"), T))
                .isEqualTo(Instant.parse("2026-11-30T09:30:00Z"));
        assertThat(Schedule.parse("0 6 * * 1-5").next(T, T)).isEqualTo(Instant.parse("2026-11-30T06:00:00Z"));
        assertThat(Schedule.parse("0 0 1 1 *").next(T, T)).isEqualTo(Instant.parse("2027-01-01T00:00:00Z"));
        assertThat(Schedule.parse("0 12 29 2 *").next(T, T)).isEqualTo(Instant.parse("2028-02-29T12:00:00Z"));
    }

    @Test
    void cronWithBothDayFieldsFiresOnEither() {
        // the 1st of the month or any Sunday: T is a Sunday, so today at 10:00
        assertThat(Schedule.parse("0 10 1 * 0").next(T, T)).isEqualTo(Instant.parse("2026-11-29T10:00:00Z"));
        assertThat(Schedule.parse("0 10 1 * 7").next(T.plus(Duration.ofHours(1)), T))
                .isEqualTo(Instant.parse("2026-12-01T10:00:00Z"));
    }

    @Test
    void cronWithoutALastRunFiresAfterTheSchedulerFirstSawTheSite() {
        assertThat(Schedule.parse("0 * * * *").next(null, T)).isEqualTo(Instant.parse("2026-11-29T10:00:00Z"));
    }

    @Test
    void refusesWhatItCannotRead() {
        assertThatThrownBy(() -> Schedule.parse("often")).hasMessageContaining("'often' is not a schedule");
        assertThatThrownBy(() -> Schedule.parse("30s")).hasMessageContaining("at least 1m");
        assertThatThrownBy(() -> Schedule.parse("0 3 * *")).hasMessageContaining("needs 5 fields");
        assertThatThrownBy(() -> Schedule.parse("61 3 * * *")).hasMessageContaining("minute field '61'");
        assertThatThrownBy(() -> Schedule.parse("0 3 * * MON")).hasMessageContaining("weekday field 'mon'");
        assertThatThrownBy(() -> Schedule.parse("0 3 30 2 *")).hasMessageContaining("never fires");
    }
}
