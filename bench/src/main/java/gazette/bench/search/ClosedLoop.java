package gazette.bench.search;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A fixed number of clients, each sending its next call as soon as the previous one answered (a closed loop, as
 * people at search boxes do), until a deadline or a budget of calls is spent. A call is one or more requests sent in
 * turn (a search the API answers with two Elasticsearch requests is replayed as both); its latency runs from the
 * first request's start to the last answer's end. A call fails when a request does or answers other than 200.
 */
final class ClosedLoop {
    private final HttpClient http;
    private final int clients;

    ClosedLoop(HttpClient http, int clients) {
        this.http = http;
        this.clients = clients;
    }

    /** Client {@code i} starts at its own offset in {@code calls} and cycles through them. */
    PhaseResult run(String side, List<List<HttpRequest>> calls, Duration max, int maxCalls) {
        long start = System.nanoTime();
        long deadline = start + max.toNanos();
        AtomicInteger budget = new AtomicInteger(maxCalls);
        ConcurrentLinkedQueue<Long> micros = new ConcurrentLinkedQueue<>();
        AtomicInteger errors = new AtomicInteger();
        AtomicReference<String> firstError = new AtomicReference<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            for (int c = 0; c < clients; c++) {
                int offset = c * calls.size() / clients;
                pool.submit(() -> {
                    for (int i = offset; System.nanoTime() < deadline && budget.getAndDecrement() > 0; i++) {
                        long began = System.nanoTime();
                        String error = call(calls.get(i % calls.size()));
                        micros.add((System.nanoTime() - began) / 1_000);
                        if (error != null) {
                            errors.incrementAndGet();
                            firstError.compareAndSet(null, error);
                        }
                    }
                });
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long[] all = micros.stream().mapToLong(Long::longValue).toArray();
        return new PhaseResult(side, all, errors.get(), seconds, firstError.get());
    }

    /** Null when every request answered 200; else what went wrong. */
    private String call(List<HttpRequest> requests) {
        for (HttpRequest request : requests) {
            try {
                HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                if (response.statusCode() != 200) {
                    return response.statusCode() + " for " + request.uri();
                }
            } catch (IOException e) {
                return e + " for " + request.uri();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "interrupted";
            }
        }
        return null;
    }
}
