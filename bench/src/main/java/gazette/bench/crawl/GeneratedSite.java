package gazette.bench.crawl;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A news site generated on request and served on the loopback interface: {@code pages} articles at
 * {@code /news/<n>.html} (page {@code n} derived from the site's seed and {@code n}, in one of the {@link Language}s, linking its
 * neighbours, three random articles and an intranet page) and a {@code robots.txt} that disallows the intranet and
 * names a sitemap of every article; so a crawl requests robots.txt, the sitemap and each article once. Records when each
 * request arrived, so the politeness of a crawl can be read from the server's side.
 */
final class GeneratedSite implements AutoCloseable {
    private static final LocalDate FIRST = LocalDate.of(2020, 1, 1);
    private static final int RANDOM_LINKS = 3;

    private final HttpServer server;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final int pages;
    private final long seed;
    private final URI base;
    private final ConcurrentLinkedQueue<Arrival> arrivals = new ConcurrentLinkedQueue<>();

    private GeneratedSite(HttpServer server, int pages, long seed) {
        this.server = server;
        this.pages = pages;
        this.seed = seed;
        this.base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    /**
     * Serves {@code pages} articles on a free port of 127.0.0.1; sites of different {@code seed}s have different
     * texts (the same text on two sites would be indexed once, as duplicates).
     */
    static GeneratedSite start(int pages, long seed) {
        if (pages < 1) {
            throw new IllegalArgumentException("pages must be at least 1, was " + pages);
        }
        try {
            InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
            HttpServer server = HttpServer.create(address, 256);
            GeneratedSite site = new GeneratedSite(server, pages, seed);
            server.createContext("/", site::handle);
            server.setExecutor(site.executor);
            server.start();
            return site;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot bind the generated site to 127.0.0.1", e);
        }
    }

    URI base() {
        return base;
    }

    /** The first article: a crawl seeded here finds the others through links and the sitemap. */
    URI seed() {
        return base.resolve(path(0));
    }

    /** Every article's URL, in order. */
    List<URI> articles() {
        List<URI> urls = new ArrayList<>(pages);
        for (int n = 0; n < pages; n++) {
            urls.add(base.resolve(path(n)));
        }
        return urls;
    }

    /** Every request so far, of any path, in arrival order. */
    List<Arrival> arrivals() {
        return List.copyOf(arrivals);
    }

    /** A request's path and its arrival in {@link System#nanoTime()} units. */
    record Arrival(String path, long nanos) {}

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private static String path(int n) {
        return "/news/" + n + ".html";
    }

    private void handle(HttpExchange exchange) throws IOException {
        long now = System.nanoTime();
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            arrivals.add(new Arrival(path, now));
            int article = article(path);
            if (path.equals("/robots.txt")) {
                send(exchange, 200, "text/plain; charset=utf-8", "User-agent: *\nDisallow: /private/\n\nSitemap: "
                        + base.resolve("/sitemap.xml") + "\n");
            } else if (path.equals("/sitemap.xml")) {
                send(exchange, 200, "application/xml", sitemap());
            } else if (article >= 0) {
                send(exchange, 200, "text/html; charset=utf-8", article(article));
            } else {
                send(exchange, 404, "text/html; charset=utf-8", "<!DOCTYPE html><title>Not found</title>");
            }
        }
    }

    /** The article number of {@code /news/<n>.html}, or -1. */
    private int article(String path) {
        if (!path.matches("/news/\\d{1,9}\\.html")) {
            return -1;
        }
        int n = Integer.parseInt(path.substring("/news/".length(), path.length() - ".html".length()));
        return n < pages ? n : -1;
    }

    private String article(int n) {
        Random random = new Random(seed * 1_000_003L + n);
        Language language = Language.values()[n % Language.values().length];
        String title = language.words(random, 5 + random.nextInt(4));
        LocalDate published = FIRST.plusDays(n % 2000);
        StringBuilder out = new StringBuilder(4096).append("<!DOCTYPE html>\n<html lang=\"").append(language.tag())
                .append("\"><head><meta charset=\"utf-8\"><title>").append(title).append(" | Ministry</title>")
                .append("<meta property=\"article:published_time\" content=\"").append(published).append("\">")
                .append("</head><body><main><article><h1>")
                .append(title).append("</h1><p class=\"date\"><time datetime=\"").append(published).append("\">")
                .append(published).append("</time></p>");
        for (int p = 0; p < 5; p++) {
            out.append("<p>");
            for (int s = 2 + random.nextInt(3); s > 0; s--) {
                out.append(language.sentence(random)).append(' ');
            }
            out.append("</p>");
        }
        out.append("</article><aside><ul>");
        for (int link : links(n, random)) {
            out.append("<li><a href=\"").append(path(link)).append("\">").append(link).append("</a></li>");
        }
        return out.append("</ul></aside></main><footer>© Ministry · <a href=\"/private/x.html\">intranet</a>")
                .append("</footer></body></html>\n").toString();
    }

    private int[] links(int n, Random random) {
        int[] links = new int[2 + RANDOM_LINKS];
        links[0] = Math.floorMod(n - 1, pages);
        links[1] = (n + 1) % pages;
        for (int i = 2; i < links.length; i++) {
            links[i] = random.nextInt(pages);
        }
        return links;
    }

    private String sitemap() {
        StringBuilder out = new StringBuilder(pages * 80).append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        articles().forEach(u -> out.append("<url><loc>").append(u).append("</loc></url>\n"));
        return out.append("</urlset>\n").toString();
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
