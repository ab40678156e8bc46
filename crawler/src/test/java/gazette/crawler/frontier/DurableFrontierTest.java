package gazette.crawler.frontier;

import static org.assertj.core.api.Assertions.assertThat;

import gazette.crawler.SkipReason;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DurableFrontierTest {
    private static final Instant NOW = Instant.parse("2025-01-01T00:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private final MemoryStatusStore store = new MemoryStatusStore();

    @Test
    void marksAPageDoneOnlyWhenTheSinkAcknowledgedIt() throws InterruptedException {
        DurableFrontier frontier = open(store, Duration.ofDays(1));
        frontier.offer(url("http://a.example/1"));
        CrawlUrl next = frontier.next().orElseThrow();
        frontier.written(next, fetch(200, "\"v1\""));
        frontier.checkpoint();

        assertThat(state("http://a.example/1")).isEqualTo(UrlState.QUEUED);
        frontier.acknowledged();

        UrlStatus done = store.get("http://a.example/1").orElseThrow();
        assertThat(done.state()).isEqualTo(UrlState.DONE);
        assertThat(done.httpStatus()).isEqualTo(200);
        assertThat(done.etag()).isEqualTo("\"v1\"");
        assertThat(done.nextDue()).isEqualTo(NOW.plus(Duration.ofDays(1)));
    }

    @Test
    void resumesQueuedAndInterruptedUrlsButNotDoneOrRefusedOnes() throws InterruptedException {
        DurableFrontier first = open(store, Duration.ofDays(1));
        for (String u : List.of("http://a.example/done", "http://a.example/fetching", "http://a.example/queued")) {
            first.offer(url(u));
        }
        CrawlUrl done = first.next().orElseThrow();
        first.written(done, fetch(200, null));
        first.acknowledged();
        first.next().orElseThrow(); // in flight when the process dies
        first.skipped(url("http://b.example/out"), SkipReason.OUT_OF_SCOPE, "host=b.example");
        first.checkpoint();

        DurableFrontier second = open(store, Duration.ofDays(1));

        assertThat(drainUrls(second)).containsExactly("http://a.example/fetching", "http://a.example/queued");
        assertThat(second.offer(url("http://a.example/done"))).isFalse();
        assertThat(second.offer(url("http://b.example/out"))).isFalse();
    }

    @Test
    void revisitsDueUrlsWithTheirValidators() throws InterruptedException {
        DurableFrontier first = open(store, Duration.ZERO);
        first.offer(url("http://a.example/1"));
        CrawlUrl page = first.next().orElseThrow();
        first.written(page, fetch(200, "\"v1\""));
        first.acknowledged();

        CrawlUrl revisit = open(store, Duration.ZERO).next().orElseThrow();

        assertThat(revisit.previous().validators().etag()).isEqualTo("\"v1\"");
        assertThat(revisit.previous().contentHash()).isEqualTo("hash");
    }

    @Test
    void recordsNotModifiedAsDoneKeepingTheContentHash() throws InterruptedException {
        DurableFrontier first = open(store, Duration.ZERO);
        first.offer(url("http://a.example/1"));
        first.written(first.next().orElseThrow(), fetch(200, "\"v1\""));
        first.acknowledged();
        DurableFrontier second = open(store, Duration.ZERO);
        CrawlUrl revisit = second.next().orElseThrow();

        second.notModified(revisit, new FetchOutcome(NOW, 304, null, null, null));
        second.checkpoint();

        UrlStatus status = store.get("http://a.example/1").orElseThrow();
        assertThat(status.state()).isEqualTo(UrlState.DONE);
        assertThat(status.httpStatus()).isEqualTo(304);
        assertThat(status.reason()).isEqualTo("NOT_MODIFIED");
        assertThat(status.etag()).isEqualTo("\"v1\"");
        assertThat(status.contentHash()).isEqualTo("hash");
    }

    @Test
    void countsConsecutiveFailuresAndBacksOff() throws InterruptedException {
        DurableFrontier first = open(store, Duration.ZERO);
        first.offer(url("http://a.example/1"));
        first.skipped(first.next().orElseThrow(), SkipReason.FETCH_FAILED, "timeout");
        first.checkpoint();

        UrlStatus failed = store.get("http://a.example/1").orElseThrow();
        assertThat(failed.state()).isEqualTo(UrlState.FAILED);
        assertThat(failed.failures()).isEqualTo(1);
        assertThat(failed.nextDue()).isEqualTo(NOW.plus(Duration.ofMinutes(10)));
        assertThat(DurableFrontier.retryAfter(3)).isEqualTo(Duration.ofMinutes(40));
        assertThat(DurableFrontier.retryAfter(30)).isEqualTo(Duration.ofDays(1));
    }

    @Test
    void revisitsUnchangedPagesLaterAndChangedPagesSooner() throws InterruptedException {
        List<Duration> intervals = new ArrayList<>();
        for (String hash : List.of("h1", "h1", "h1", "h2")) {
            DurableFrontier run = DurableFrontier.open(memory(), store, CLOCK, RevisitSchedule.defaults(), 100);
            if (intervals.isEmpty()) {
                run.offer(url("http://a.example/1"));
            }
            CrawlUrl next = run.next().orElseThrow();
            run.written(next, new FetchOutcome(NOW.minus(Duration.ofDays(60)), 200, null, null, hash));
            run.acknowledged();
            UrlStatus done = store.get("http://a.example/1").orElseThrow();
            intervals.add(Duration.between(done.lastFetch(), done.nextDue()));
        }

        assertThat(intervals).containsExactly(Duration.ofDays(1), Duration.ofHours(36), Duration.ofHours(54),
                Duration.ofHours(27));
    }

    @Test
    void aNotModifiedAnswerCountsAsUnchangedAndListingsComeBackWithinSixHours() throws InterruptedException {
        DurableFrontier first = DurableFrontier.open(memory(), store, CLOCK, RevisitSchedule.defaults(), 100);
        first.offer(url("http://a.example/list"));
        Instant longAgo = NOW.minus(Duration.ofDays(60));
        first.written(first.next().orElseThrow(), new FetchOutcome(longAgo, 200, "\"v1\"", null, "h", true));
        first.acknowledged();
        UrlStatus listing = store.get("http://a.example/list").orElseThrow();
        DurableFrontier second = DurableFrontier.open(memory(), store, CLOCK, RevisitSchedule.defaults(), 100);

        second.notModified(second.next().orElseThrow(), new FetchOutcome(longAgo, 304, null, null, null, false));
        second.checkpoint();

        assertThat(listing.nextDue()).isEqualTo(longAgo.plus(Duration.ofHours(6)));
        assertThat(store.get("http://a.example/list").orElseThrow().nextDue())
                .isEqualTo(longAgo.plus(Duration.ofHours(9)));
    }

    @Test
    void writesInBatches() {
        List<Integer> writes = new ArrayList<>();
        StatusStore counting = new StatusStore() {
            @Override
            public void load(java.util.function.Consumer<UrlStatus> each) {}

            @Override
            public void write(java.util.Collection<UrlStatus> records) {
                writes.add(records.size());
            }
        };
        DurableFrontier frontier = DurableFrontier.open(memory(), counting, CLOCK, Duration.ZERO, 3);
        for (int i = 0; i < 7; i++) {
            frontier.offer(url("http://a.example/" + i));
        }
        frontier.checkpoint();

        assertThat(writes).containsExactly(3, 3, 1);
    }

    private DurableFrontier open(StatusStore status, Duration revisitAfter) {
        return DurableFrontier.open(memory(), status, CLOCK, revisitAfter, 100);
    }

    private static MemoryFrontier memory() {
        return new MemoryFrontier(100, 10, host -> Instant.MIN);
    }

    private UrlState state(String url) {
        return store.get(url).map(UrlStatus::state).orElse(null);
    }

    private static List<String> drainUrls(DurableFrontier frontier) throws InterruptedException {
        List<String> urls = new ArrayList<>();
        for (Optional<CrawlUrl> next = frontier.next(); next.isPresent(); next = frontier.next()) {
            urls.add(next.get().url().toString());
            frontier.done(next.get(), false);
        }
        return urls;
    }

    private static FetchOutcome fetch(int status, String etag) {
        return new FetchOutcome(NOW, status, etag, null, "hash");
    }

    private static CrawlUrl url(String url) {
        return CrawlUrl.of(URI.create(url), 0);
    }
}
