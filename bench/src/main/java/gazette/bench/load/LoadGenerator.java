package gazette.bench.load;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * Sends {@code /api/search} requests at a fixed rate (an open loop: a slow answer does not slow the arrivals) with
 * seeded queries of one to three words of one language, some filtered by language or sorted newest first, and
 * records each request's latency from the moment it was due.
 */
final class LoadGenerator {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .executor(Executors.newVirtualThreadPerTaskExecutor()).connectTimeout(Duration.ofSeconds(5)).build();
    private final URI api;
    private final double rate;
    private final Random random;

    /** {@code api} like {@code http://127.0.0.1:7070}; {@code rate} requests per second. */
    LoadGenerator(URI api, double rate, long seed) {
        this.api = api;
        this.rate = rate;
        this.random = new Random(seed);
    }

    /** Runs until {@code max} has passed or {@code done} says so, then waits for the answers still due. */
    Latencies run(String phase, Duration max, BooleanSupplier done) {
        long intervalNanos = (long) (1e9 / rate);
        long start = System.nanoTime();
        long end = start + max.toNanos();
        ConcurrentLinkedQueue<Long> micros = new ConcurrentLinkedQueue<>();
        AtomicInteger errors = new AtomicInteger();
        List<CompletableFuture<?>> inFlight = new ArrayList<>();
        for (long due = start; due < end && !done.getAsBoolean(); due += intervalNanos) {
            LockSupport.parkNanos(due - System.nanoTime());
            long scheduled = due;
            inFlight.add(http.sendAsync(request(), HttpResponse.BodyHandlers.discarding()).handle((r, e) -> {
                micros.add((System.nanoTime() - scheduled) / 1000);
                if (e != null || r.statusCode() != 200) {
                    errors.incrementAndGet();
                }
                return null;
            }));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).orTimeout(60, TimeUnit.SECONDS)
                .exceptionally(e -> null).join();
        return new Latencies(phase, micros.stream().mapToLong(Long::longValue).toArray(), errors.get(), seconds);
    }

    private HttpRequest request() {
        Vocabulary language = Vocabulary.values()[random.nextInt(Vocabulary.values().length)];
        StringBuilder query = new StringBuilder("/api/search?q=")
                .append(URLEncoder.encode(language.words(random, 1 + random.nextInt(3)), StandardCharsets.UTF_8));
        int variant = random.nextInt(10);
        if (variant == 0) {
            query.append("&lang=").append(language.tag());
        } else if (variant == 1) {
            query.append("&sort=newest");
        }
        return HttpRequest.newBuilder(api.resolve(query.toString())).timeout(TIMEOUT).GET().build();
    }
}
