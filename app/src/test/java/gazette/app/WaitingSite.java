package gazette.app;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A site on 127.0.0.1 that makes a crawler wait: its robots.txt (404 when null) may ask for a Crawl-delay, and its
 * pages under {@code /slow/} take {@code pageDelay} to answer. The home page links to {@link #PAGES} of them.
 */
final class WaitingSite implements AutoCloseable {
    static final int PAGES = 2;
    private final HttpServer server;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final String robots;
    private final Duration pageDelay;

    private WaitingSite(String robots, Duration pageDelay) throws IOException {
        this.robots = robots;
        this.pageDelay = pageDelay;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    static WaitingSite start(String robots, Duration pageDelay) {
        try {
            return new WaitingSite(robots, pageDelay);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    /** The host key the crawler files this site under. */
    String host() {
        return baseUri().getAuthority();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if (path.equals("/robots.txt")) {
            SlowSite.send(exchange, robots == null ? 404 : 200, robots == null ? "not found" : robots);
        } else if (path.equals("/")) {
            StringBuilder links = new StringBuilder();
            for (int i = 1; i <= PAGES; i++) {
                links.append("<p><a href=\"/slow/").append(i).append("\">Notice ").append(i).append("</a></p>");
            }
            SlowSite.send(exchange, 200, SlowSite.page("Waiting ministry", links.toString()));
        } else {
            try {
                Thread.sleep(pageDelay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            SlowSite.send(exchange, 200, SlowSite.page("Notice " + path, "<p>A notice worth the wait.</p>"));
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
