package gazette.app;

import com.fasterxml.jackson.databind.JsonNode;
import gazette.core.Json;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Predicate;

/** A real HTTP client for a Gazette server on the loopback interface, sending a bearer token when it has one. */
final class AdminClient {
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final int port;
    private final String token;

    AdminClient(int port, String token) {
        this.port = port;
        this.token = token;
    }

    AdminClient withToken(String other) {
        return new AdminClient(port, other);
    }

    record Response(int status, String body) {
        JsonNode json() {
            try {
                return Json.mapper().readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }
    }

    Response get(String path) throws IOException, InterruptedException {
        return send(request(path).GET());
    }

    Response delete(String path) throws IOException, InterruptedException {
        return send(request(path).DELETE());
    }

    Response post(String path, String json) throws IOException, InterruptedException {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    /** Polls a crawl until {@code done} holds for its report, failing after {@code limit}. */
    JsonNode awaitCrawl(String id, Predicate<JsonNode> done, Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        JsonNode crawl = get("/api/admin/crawls/" + id).json();
        while (!done.test(crawl)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("crawl " + id + " did not get there within " + limit + ": " + crawl);
            }
            Thread.sleep(200);
            crawl = get("/api/admin/crawls/" + id).json();
        }
        return crawl;
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private Response send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> r = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Response(r.statusCode(), r.body());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(20));
        return token == null ? b : b.header("Authorization", "Bearer " + token);
    }
}
