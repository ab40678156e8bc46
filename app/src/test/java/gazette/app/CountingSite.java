package gazette.app;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** A three-page site on 127.0.0.1 (a home page linking two notices, no robots.txt) that counts requests per path. */
final class CountingSite implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();

    private CountingSite() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    static CountingSite start() {
        try {
            return new CountingSite();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    /** How many requests {@code path} has had. */
    int hits(String path) {
        return hits.getOrDefault(path, new AtomicInteger()).get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        switch (path) {
            case "/" -> SlowSite.send(exchange, 200, SlowSite.page("Counting ministry", "<p><a href=\"/notice/1\">Notice one</a></p>"
                    + "<p><a href=\"/notice/2\">Notice two</a></p>"));
            case "/notice/1", "/notice/2" -> SlowSite.send(exchange, 200, SlowSite.page("Notice " + path.substring(8),
                    "<p>The ministry counts every visit to this notice, which says very little at length.</p>"));
            default -> SlowSite.send(exchange, 404, "not found");
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
