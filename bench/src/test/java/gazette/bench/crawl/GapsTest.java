package gazette.bench.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class GapsTest {
    private static final long MS = 1_000_000;

    @Test
    void gapsAreBetweenSuccessiveArrivalsInAnyOrder() {
        Gaps gaps = Gaps.of("h", List.of(390 * MS, 0L, 600 * MS, 200 * MS));
        assertThat(gaps.requests()).isEqualTo(4);
        assertThat(gaps.minMs()).isCloseTo(190, within(1e-9));
        assertThat(gaps.medianMs()).isCloseTo(200, within(1e-9));
        assertThat(gaps.maxMs()).isCloseTo(210, within(1e-9));
        assertThat(gaps.kept(Duration.ofMillis(200))).isTrue();
    }

    @Test
    void oneGapBelowNinetyPercentOfTheDelayIsNotKept() {
        Gaps gaps = Gaps.of("h", List.of(0L, 200 * MS, 379 * MS, 579 * MS));
        assertThat(gaps.minMs()).isCloseTo(179, within(1e-9));
        assertThat(gaps.kept(Duration.ofMillis(200))).isFalse();
    }

    @Test
    void aMedianMoreThanTenPercentAboveTheDelayIsNotKept() {
        assertThat(Gaps.of("h", List.of(0L, 230 * MS, 460 * MS)).kept(Duration.ofMillis(200))).isFalse();
    }

    @Test
    void settingsRefuseUnknownKeysAndTunings() {
        assertThat(CrawlBenchSettings.parse().pages()).isEqualTo(10_000);
        assertThat(CrawlBenchSettings.parse().tunings()).containsExactly("shipped");
        assertThatThrownBy(() -> CrawlBenchSettings.parse("size=3")).hasMessageContaining("unknown argument size=3");
        assertThatThrownBy(() -> CrawlBenchSettings.parse("tunings=fast")).hasMessageContaining("unknown tuning fast");
        assertThatThrownBy(() -> Gaps.of("h", List.of(1L))).hasMessageContaining("gaps need two");
    }
}
