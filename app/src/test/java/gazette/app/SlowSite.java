package gazette.app;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A site on 127.0.0.1 whose home page answers at once and links to pages that each take {@code delay} to answer:
 * a crawl of it has URLs queued and long stretches without progress.
 */
final class SlowSite implements AutoCloseable {
    static final int PAGES = 6;
    private final HttpServer server;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final Duration delay;

    private SlowSite(Duration delay) throws IOException {
        this.delay = delay;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    static SlowSite start(Duration delay) {
        try {
            return new SlowSite(delay);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if (path.equals("/robots.txt")) {
            send(exchange, 404, "not found");
        } else if (path.equals("/")) {
            StringBuilder links = new StringBuilder();
            for (int i = 1; i <= PAGES; i++) {
                links.append("<p><a href=\"/slow/").append(i).append("\">Notice ").append(i).append("</a></p>");
            }
            send(exchange, 200, page("Slow ministry", links.toString()));
        } else {
            try {
                Thread.sleep(delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            send(exchange, 200, page("Notice " + path, "<p>A notice that took its time to arrive.</p>"));
        }
    }

    /** A small English notice page; {@link CountingSite} serves the same shape. */
    static String page(String title, String body) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title
                + "</title></head><body><main><h1>" + title + "</h1>" + body + "</main></body></html>";
    }

    static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
