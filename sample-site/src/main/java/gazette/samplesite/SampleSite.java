package gazette.samplesite;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A government ministry's multilingual news site on 127.0.0.1: the bundled demo site and the fixture that crawler
 * and extraction tests crawl. Pages are rendered once at start; {@link #articles()} is their ground truth.
 */
public final class SampleSite implements AutoCloseable {
    private static final byte[] NOT_FOUND = ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            + "<title>Not found</title></head><body><h1>Page not found</h1></body></html>\n")
            .getBytes(StandardCharsets.UTF_8);

    private final HttpServer server;
    private final ExecutorService executor;
    private final URI baseUri;
    private final List<SamplePage> articles;
    private final Map<String, Resource> resources;
    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();

    private SampleSite(HttpServer server, ExecutorService executor, SiteContent content) {
        this.server = server;
        this.executor = executor;
        this.baseUri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
        this.articles = content.articles();
        this.resources = SiteResources.render(content, baseUri);
    }

    /** Starts the site on 127.0.0.1; port 0 picks a free port. */
    public static SampleSite start(int port) {
        HttpServer server = bind(port);
        ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
        try {
            SampleSite site = new SampleSite(server, executor, SiteContent.bundled());
            server.createContext("/", site::handle);
            server.setExecutor(executor);
            server.start();
            return site;
        } catch (RuntimeException e) {
            server.stop(0);
            executor.shutdownNow();
            throw e;
        }
    }

    /** {@code http://127.0.0.1:PORT/}. */
    public URI baseUri() {
        return baseUri;
    }

    /** Ground truth for every article page, newest story first, each story in every language. */
    public List<SamplePage> articles() {
        return articles;
    }

    /** How many requests (of any method and outcome) asked for {@code path}, query string ignored. */
    public int requestCount(String path) {
        AtomicInteger count = requests.get(path);
        return count == null ? 0 : count.get();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private static HttpServer bind(int port) {
        try {
            return HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot bind the sample site to 127.0.0.1:" + port, e);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getRawPath();
            requests.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            String method = exchange.getRequestMethod();
            if (method.equals("GET") || method.equals("HEAD")) {
                respond(exchange, resources.get(path));
            } else {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                exchange.sendResponseHeaders(405, -1);
            }
        }
    }

    private static void respond(HttpExchange exchange, Resource resource) throws IOException {
        if (resource == null) {
            send(exchange, 404, Resource.HTML, NOT_FOUND);
            return;
        }
        Conditional.validators(exchange.getResponseHeaders(), resource);
        if (Conditional.notModified(exchange.getRequestHeaders(), resource)) {
            exchange.sendResponseHeaders(304, -1);
        } else {
            send(exchange, 200, resource.contentType(), resource.body());
        }
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        if (exchange.getRequestMethod().equals("HEAD")) {
            exchange.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
