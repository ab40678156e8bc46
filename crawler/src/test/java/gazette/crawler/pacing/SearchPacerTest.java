package gazette.crawler.pacing;

import static org.assertj.core.api.Assertions.assertThat;

import gazette.crawler.TestClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SearchPacerTest {
    private static final double FREE = Double.POSITIVE_INFINITY;
    private static final PacingSettings SETTINGS = PacingSettings.defaults();

    private final TestClock clock = new TestClock();
    private final SearchPacer pacer = new SearchPacer(SETTINGS, clock, clock.sleeper());

    @Test
    void runsFreeWhileNobodySearches() throws InterruptedException {
        window(100, 0, 0);
        window(100, 1, 900); // one search a window is the crawl's own duplicate lookup, not a reader

        admit(50);

        assertThat(pacer.rate()).isEqualTo(FREE);
        assertThat(clock.elapsed()).isEqualTo(Duration.ofSeconds(4));
    }

    @Test
    void halvesWhatTheCrawlReachedWhenSearchesSlowDownAndSpacesPagesEvenly() throws InterruptedException {
        window(100, 4, 40); // 50 pages/s; the fastest searches so far
        assertThat(pacer.rate()).isEqualTo(FREE);

        window(100, 4, 200); // 200 ms > 1.5 × 40.8 ms

        assertThat(pacer.rate()).isEqualTo(25);
        Duration before = clock.elapsed();
        admit(5);
        assertThat(clock.elapsed().minus(before)).isEqualTo(Duration.ofMillis(4 * 40));
    }

    @Test
    void brakesAtTheFirstSlowWindow() throws InterruptedException {
        window(100, 4, 40);
        window(100, 4, 40);
        window(100, 4, 100); // smoothed only 58 ms, under 1.5 × 40.8 ms; the window itself is 2.5× the fastest

        assertThat(pacer.rate()).isEqualTo(25);
    }

    @Test
    void regainsOneStepPerCalmWindowThenRunsFreeWhenSearchesStop() throws InterruptedException {
        window(100, 4, 40);
        window(100, 4, 200);
        window(2, 4, 40); // smoothed 73.6 ms is still over 1.5 × 41.6 ms: halved again
        assertThat(pacer.rate()).isEqualTo(12.5);

        window(2, 4, 40); // 63.5 ms < 1.5 × 42.4 ms: calm
        assertThat(pacer.rate()).isEqualTo(12.5 + SETTINGS.step());
        window(2, 4, 40);
        assertThat(pacer.rate()).isEqualTo(12.5 + 2 * SETTINGS.step());

        window(2, 0, 0);
        assertThat(pacer.rate()).isEqualTo(FREE);
    }

    @Test
    void aWindowSpentWaitingHalvesFromTheWindowBefore() throws InterruptedException {
        window(100, 4, 40); // 50 pages/s
        window(0, 4, 400); // nothing admitted: the workers waited on one bulk request

        assertThat(pacer.rate()).isEqualTo(25);
    }

    @Test
    void neverGoesBelowTheMinimumRate() throws InterruptedException {
        window(100, 4, 40);
        for (int i = 0; i < 10; i++) {
            window(0, 4, 400);
        }

        assertThat(pacer.rate()).isEqualTo(SETTINGS.minRate());
    }

    @Test
    void fastSearchesAreNeverSlowedWhateverTheRatio() throws InterruptedException {
        window(100, 4, 2);
        window(100, 4, 15); // smoothed 5.9 ms is three times the fastest, but under the noticeable 20 ms

        assertThat(pacer.rate()).isEqualTo(FREE);
    }

    @Test
    void countsFromZeroAfterTheNodeRestarted() {
        SearchTotals before = new SearchTotals(1_000, 50_000);
        SearchTotals restarted = new SearchTotals(3, 90);

        assertThat(restarted.since(before)).isEqualTo(restarted);
        assertThat(new SearchTotals(1_004, 50_400).since(before)).isEqualTo(new SearchTotals(4, 400));
    }

    /** {@code pages} admitted over one two-second window in which {@code searches} took {@code meanMs} each. */
    private void window(int pages, int searches, long meanMs) throws InterruptedException {
        Duration start = clock.elapsed();
        admit(pages);
        Duration rest = SETTINGS.window().minus(clock.elapsed().minus(start));
        if (!rest.isNegative()) {
            clock.sleeper().sleep(rest);
        }
        pacer.windowEnded(new SearchTotals(searches, searches * meanMs));
    }

    private void admit(int pages) throws InterruptedException {
        for (int i = 0; i < pages; i++) {
            pacer.admit();
        }
    }
}
