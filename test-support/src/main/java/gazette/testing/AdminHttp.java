package gazette.testing;

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
public final class AdminHttp {
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final int port;
    private final String token;

    /** {@code token} null sends no {@code Authorization} header. */
    public AdminHttp(int port, String token) {
        this.port = port;
        this.token = token;
    }

    /** The same server with another token (null: none). */
    public AdminHttp withToken(String other) {
        return new AdminHttp(port, other);
    }

    /** A response: its status, its body as text, and the whole exchange for headers. */
    public record Response(int status, String body, HttpResponse<String> raw) {
        /** The body as JSON; fails the test when it is not. */
        public JsonNode json() {
            try {
                return Json.mapper().readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }
    }

    public Response get(String path) throws IOException, InterruptedException {
        return send(request(path).GET());
    }

    public Response delete(String path) throws IOException, InterruptedException {
        return send(request(path).DELETE());
    }

    public Response post(String path, String json) throws IOException, InterruptedException {
        return send(json(request(path)).POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    public Response put(String path, String json) throws IOException, InterruptedException {
        return send(json(request(path)).PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    /** Sends a request made with {@link #request}. */
    public Response send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> r = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Response(r.statusCode(), r.body(), r);
    }

    /** A request to {@code path} with this client's token and a 20 s timeout. */
    public HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(20));
        return token == null ? b : b.header("Authorization", "Bearer " + token);
    }

    /** Polls a crawl's report until {@code done} holds for it, failing after {@code limit}. */
    public JsonNode awaitCrawl(String id, Predicate<JsonNode> done, Duration limit) throws Exception {
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

    /** {@code value} encoded for a query string. */
    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static HttpRequest.Builder json(HttpRequest.Builder request) {
        return request.header("Content-Type", "application/json");
    }
}
