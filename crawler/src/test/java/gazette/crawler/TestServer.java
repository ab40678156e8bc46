package gazette.crawler;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** A loopback HTTP server on a free port serving fixed responses by exact path, logging each request's time. */
public final class TestServer implements AutoCloseable {
    /** A canned response. */
    public record Reply(int status, String contentType, byte[] body, Map<String, String> headers) {}

    /** One request as the server saw it, timed by the test's clock. */
    public record Request(String path, Instant at, String userAgent) {}

    private final HttpServer server;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final Clock clock;
    private final Map<String, Reply> replies = new ConcurrentHashMap<>();
    private final Map<String, Deque<Reply>> once = new ConcurrentHashMap<>();
    private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger active = new AtomicInteger();
    private final AtomicInteger maxActive = new AtomicInteger();
    private volatile Duration latency = Duration.ZERO;

    public TestServer(Clock clock) {
        this.clock = clock;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    /** Answers the next request for {@code path} with {@code reply}, before any fixed reply; queued in order. */
    public TestServer replyOnce(String path, Reply reply) {
        once.computeIfAbsent(path, p -> new ConcurrentLinkedDeque<>()).add(reply);
        return this;
    }

    public TestServer reply(String path, Reply reply) {
        replies.put(path, reply);
        return this;
    }

    /** An HTML page titled {@code title} linking to {@code links} (paths or absolute URLs). */
    public TestServer page(String path, String title, String... links) {
        return reply(path, new Reply(200, "text/html; charset=utf-8", Html.page(title, links), Map.of()));
    }

    public TestServer robots(String text) {
        return reply("/robots.txt", new Reply(200, "text/plain", utf8(text), Map.of()));
    }

    public TestServer redirect(String path, String location) {
        return reply(path, new Reply(301, "text/html", new byte[0], Map.of("Location", location)));
    }

    /** Each response waits this long (real time), to overlap requests. */
    public TestServer latency(Duration wait) {
        latency = wait;
        return this;
    }

    /** The most requests that were in progress at once. */
    public int maxConcurrent() {
        return maxActive.get();
    }

    /** Every request so far, in arrival order. */
    public List<Request> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    /** The requested paths, in arrival order. */
    public List<String> paths() {
        return requests().stream().map(Request::path).toList();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.close();
    }

    private void pause() {
        try {
            Thread.sleep(latency);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private void handle(HttpExchange exchange) throws IOException {
        maxActive.accumulateAndGet(active.incrementAndGet(), Math::max);
        try (exchange) {
            respond(exchange);
        } finally {
            active.decrementAndGet();
        }
    }

    private void respond(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        String query = exchange.getRequestURI().getRawQuery();
        String key = query == null ? path : path + "?" + query;
        requests.add(new Request(key, clock.instant(), exchange.getRequestHeaders().getFirst("User-Agent")));
        Reply next = once.getOrDefault(key, new ConcurrentLinkedDeque<>()).poll();
        Reply reply = next != null ? next
                : replies.getOrDefault(key, new Reply(404, "text/html", utf8("not found"), Map.of()));
        pause();
        // A reply with a "Transfer-Encoding" header is streamed without a length; the server sets the header itself.
        boolean chunked = reply.headers().containsKey("Transfer-Encoding");
        reply.headers().forEach((name, value) -> {
            if (!name.equals("Transfer-Encoding")) {
                exchange.getResponseHeaders().set(name, value);
            }
        });
        exchange.getResponseHeaders().set("Content-Type", reply.contentType());
        long length = chunked ? 0 : reply.body().length == 0 ? -1 : reply.body().length;
        exchange.sendResponseHeaders(reply.status(), length);
        if (reply.body().length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(reply.body());
            }
        }
    }
}
