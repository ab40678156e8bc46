package gazette.bench.search;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A loopback HTTP proxy in front of Elasticsearch that passes every request through unchanged and keeps the search
 * requests ({@code _search}) it saw, so the exact requests the search API sends can be replayed without it.
 */
final class RecordingProxy implements AutoCloseable {
    /** Headers the JDK's client sets itself (or refuses), and hop-by-hop ones a proxy must not copy. */
    private static final Set<String> NOT_COPIED = Set.of("host", "connection", "content-length", "expect", "upgrade",
            "transfer-encoding", "keep-alive");

    private final HttpServer server;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final URI target;
    private final List<RecordedSearch> recorded = new ArrayList<>();

    private RecordingProxy(URI target) throws IOException {
        this.target = target;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::forward);
    }

    /** Starts on a free port of 127.0.0.1, forwarding to {@code target} (like {@code http://127.0.0.1:9200}). */
    static RecordingProxy start(URI target) throws IOException {
        RecordingProxy proxy = new RecordingProxy(target);
        proxy.server.start();
        return proxy;
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The search requests seen since the last call, oldest first; forgets them. */
    synchronized List<RecordedSearch> take() {
        List<RecordedSearch> taken = List.copyOf(recorded);
        recorded.clear();
        return taken;
    }

    private void forward(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readAllBytes();
            String pathAndQuery = exchange.getRequestURI().getRawPath()
                    + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
            String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
            String accept = exchange.getRequestHeaders().getFirst("Accept");
            String encodings = exchange.getRequestHeaders().getFirst("Accept-Encoding");
            if (exchange.getRequestURI().getRawPath().endsWith("/_search")) {
                record(new RecordedSearch(exchange.getRequestMethod(), pathAndQuery, contentType, accept, encodings,
                        body));
            }
            HttpResponse<byte[]> response = send(exchange, pathAndQuery, body);
            response.headers().map().forEach((name, values) -> {
                if (!NOT_COPIED.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith(":")) {
                    exchange.getResponseHeaders().put(name, values);
                }
            });
            byte[] answer = response.body();
            boolean empty = answer.length == 0 || exchange.getRequestMethod().equals("HEAD");
            exchange.sendResponseHeaders(response.statusCode(), empty ? -1 : answer.length);
            if (!empty) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(answer);
                }
            }
        }
    }

    private HttpResponse<byte[]> send(HttpExchange exchange, String pathAndQuery, byte[] body) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(target.resolve(pathAndQuery))
                .method(exchange.getRequestMethod(), body.length == 0
                        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (!NOT_COPIED.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(v -> request.header(name, v));
            }
        });
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while forwarding " + pathAndQuery, e);
        }
    }

    private synchronized void record(RecordedSearch search) {
        recorded.add(search);
    }

    @Override
    public void close() {
        server.stop(0);
        http.close();
    }
}
