package gazette.crawler.frontier;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class MemoryFrontierTest {
    private final Map<String, Instant> ready = new HashMap<>();
    private final MemoryFrontier frontier = new MemoryFrontier(3, 1, host -> ready.getOrDefault(host, Instant.MIN));

    @Test
    void knowsEachUrlOnce() {
        assertThat(frontier.offer(url("http://a.example/1"))).isTrue();
        assertThat(frontier.offer(url("http://a.example/1"))).isFalse();
        assertThat(frontier.claim("http://a.example/1")).isFalse();
        assertThat(frontier.claim("http://a.example/2")).isTrue();
        assertThat(frontier.offer(url("http://a.example/2"))).isFalse();
        assertThat(frontier.queued()).isEqualTo(1);
    }

    @Test
    void knowsOfferedAndClaimedUrlsAsSpelt() {
        frontier.offer(url("http://a.example/1"));
        frontier.claim("http://a.example/2");

        assertThat(frontier.known("http://a.example/1")).isTrue();
        assertThat(frontier.known("http://a.example/2")).isTrue();
        assertThat(frontier.known("http://A.example/1")).isFalse();
        assertThat(frontier.known("http://a.example/3")).isFalse();
    }

    @Test
    void servesTheReadiestHostFirstAndOneUrlPerHostAtATime() throws InterruptedException {
        ready.put("a.example", Instant.parse("2025-01-01T00:00:05Z"));
        ready.put("b.example", Instant.parse("2025-01-01T00:00:01Z"));
        frontier.offer(url("http://a.example/1"));
        frontier.offer(url("http://b.example/1"));
        frontier.offer(url("http://b.example/2"));

        CrawlUrl first = frontier.next().orElseThrow();
        CrawlUrl second = frontier.next().orElseThrow();

        assertThat(first.url()).hasToString("http://b.example/1");
        assertThat(second.url()).hasToString("http://a.example/1");
        assertThat(frontier.queued()).isEqualTo(1);
    }

    @Test
    void waitsForAHostSlotThenHandsOutTheNextUrl() throws Exception {
        frontier.offer(url("http://a.example/1"));
        frontier.offer(url("http://a.example/2"));
        CrawlUrl first = frontier.next().orElseThrow();

        CompletableFuture<Optional<CrawlUrl>> second = CompletableFuture.supplyAsync(this::nextUnchecked);
        Thread.sleep(Duration.ofMillis(50));
        assertThat(second).isNotDone();
        frontier.done(first, true);

        assertThat(second.get(5, TimeUnit.SECONDS).orElseThrow().url()).hasToString("http://a.example/2");
    }

    @Test
    void endsWhenNothingIsQueuedOrInFlight() throws InterruptedException {
        frontier.offer(url("http://a.example/1"));
        CrawlUrl only = frontier.next().orElseThrow();
        frontier.done(only, false);

        assertThat(frontier.next()).isEmpty();
    }

    @Test
    void endsWhenThePageBudgetIsSpent() throws InterruptedException {
        MemoryFrontier two = new MemoryFrontier(2, 4, host -> Instant.MIN);
        for (int i = 0; i < 5; i++) {
            two.offer(url("http://a.example/" + i));
        }
        CrawlUrl a = two.next().orElseThrow();
        CrawlUrl b = two.next().orElseThrow();
        two.done(a, true);
        two.done(b, true);

        assertThat(two.next()).isEmpty();
        assertThat(two.drain()).extracting(u -> u.url().getPath()).containsExactly("/2", "/3", "/4");
    }

    @Test
    void closeReleasesWaitingWorkers() throws Exception {
        frontier.offer(url("http://a.example/1"));
        frontier.offer(url("http://a.example/2"));
        frontier.next().orElseThrow();
        CompletableFuture<Optional<CrawlUrl>> waiting = CompletableFuture.supplyAsync(this::nextUnchecked);

        frontier.close();

        assertThat(waiting.get(5, TimeUnit.SECONDS)).isEmpty();
    }

    private Optional<CrawlUrl> nextUnchecked() {
        try {
            return frontier.next();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static CrawlUrl url(String url) {
        return CrawlUrl.of(URI.create(url), 0);
    }
}
