package gazette.bench.retrieval;

import com.fasterxml.jackson.databind.JsonNode;
import gazette.core.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Asks a running search API {@code GET /api/search?q=…&size=k} over HTTP and reads the ranked hit ids. */
final class SearchApiClient {
    /** Generous: the first Latin question loads the language models, and shared machines stall (quality, not speed). */
    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;
    private final AtomicInteger refused = new AtomicInteger();

    /** {@code base} like {@code http://127.0.0.1:7070}. */
    SearchApiClient(URI base) {
        this.base = base;
    }

    /**
     * The ids of the first {@code size} hits, best first. A 400 (the API refuses the query, e.g. too many terms) is
     * counted and answers no hit, as a user would see none; any other status but 200 is an error naming the query.
     */
    List<String> topIds(String q, int size) {
        URI uri = base.resolve("/api/search?size=" + size + "&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() == 400) {
                refused.incrementAndGet();
                return List.of();
            }
            if (response.statusCode() != 200) {
                throw new IllegalStateException("search API answered " + response.statusCode() + " for q=" + q + ": "
                        + response.body());
            }
            return ids(Json.mapper().readTree(response.body()).path("hits"));
        } catch (IOException e) {
            throw new UncheckedIOException("search API unreachable at " + base + " for q=" + q, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Questions the API answered with 400 so far. */
    int refused() {
        return refused.get();
    }

    private static List<String> ids(JsonNode hits) {
        List<String> ids = new ArrayList<>(hits.size());
        hits.forEach(h -> ids.add(h.path("id").asText()));
        return ids;
    }
}
