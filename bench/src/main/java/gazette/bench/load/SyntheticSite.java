package gazette.bench.load;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Serves {@link SyntheticPages} on 127.0.0.1, rendering each page on request: a home page, the articles, a
 * {@code robots.txt} naming the sitemap and a sitemap of every article.
 */
final class SyntheticSite implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final SyntheticPages pages;
    private final URI base;
    private final AtomicLong requests = new AtomicLong();

    private SyntheticSite(HttpServer server, SyntheticPages pages) {
        this.server = server;
        this.pages = pages;
        this.base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    /** Starts serving {@code pageCount} article pages on a free port. */
    static SyntheticSite start(int pageCount) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 128);
            SyntheticSite site = new SyntheticSite(server, new SyntheticPages(pageCount));
            server.createContext("/", site::handle);
            server.setExecutor(site.executor);
            server.start();
            return site;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot bind the synthetic site to 127.0.0.1", e);
        }
    }

    URI base() {
        return base;
    }

    SyntheticPages pages() {
        return pages;
    }

    /** Requests served so far, of any path and status. */
    long requests() {
        return requests.get();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            requests.incrementAndGet();
            String path = exchange.getRequestURI().getPath();
            switch (path) {
                case "/robots.txt" -> send(exchange, 200, "text/plain; charset=utf-8", robots());
                case "/sitemap.xml" -> send(exchange, 200, "application/xml", SyntheticHtml.sitemap(base, pages));
                case "/" -> send(exchange, 200, "text/html; charset=utf-8", SyntheticHtml.home());
                default -> article(exchange, path);
            }
        }
    }

    private void article(HttpExchange exchange, String path) throws IOException {
        SyntheticPages.Article article = pages.article(path);
        if (article == null) {
            send(exchange, 404, "text/html; charset=utf-8", "<!DOCTYPE html><title>Not found</title><h1>Not found</h1>");
        } else {
            send(exchange, 200, "text/html; charset=utf-8", SyntheticHtml.article(article));
        }
    }

    private String robots() {
        return "User-agent: *\nDisallow: /private/\n\nSitemap: " + base.resolve("/sitemap.xml") + "\n";
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
