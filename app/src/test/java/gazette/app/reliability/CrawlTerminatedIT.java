package gazette.app.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import gazette.app.Gazette;
import gazette.core.PagesIndex;
import gazette.crawler.frontier.ElasticsearchStatusStore;
import gazette.crawler.frontier.UrlState;
import gazette.testing.TestElasticsearch;
import gazette.testing.WithElasticsearch;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code gazette crawl} in a child JVM gets SIGTERM ({@link ProcessHandle#destroy}) while it waits out a 30-second
 * {@code Crawl-delay}: it must stop at once as the admin API's stop does, flush the page it had fetched, exit with
 * 143, and say so in one log line; run again, it resumes and ends the crawl with every page fetched exactly once.
 */
@Tag("reliability")
@WithElasticsearch
@Timeout(value = 6, unit = TimeUnit.MINUTES)
class CrawlTerminatedIT {
    private static final int NOTICES = 3;
    /** Far below the 30-second Crawl-delay the crawl is waiting out when the signal comes. */
    private static final Duration PROMPT = Duration.ofSeconds(20);
    private static final Duration RUN_LIMIT = Duration.ofMinutes(2);
    private static final Path LOGS = Path.of("target", "reliability");
    private static final Logger LOG = LoggerFactory.getLogger(CrawlTerminatedIT.class);

    @Test
    void sigtermStopsTheCrawlPromptlyAndTheNextRunResumesWithNothingLost(TestElasticsearch es) throws Exception {
        String alias = es.index() + "-terminated";
        Path log = LOGS.resolve("crawl-terminated-" + alias + ".log");
        try (Site site = new Site()) {
            List<String> firstLines = new ArrayList<>();
            try (ChildJvm crawl = crawl(es, alias, site, log)) {
                assertThat(site.homeServed.await(RUN_LIMIT.toSeconds(), TimeUnit.SECONDS)).as("home page served")
                        .isTrue();
                long signalled = System.nanoTime();
                terminate();
                int exit = crawl.await(RUN_LIMIT);
                Duration took = Duration.ofNanos(System.nanoTime() - signalled);
                LOG.info("figures test=sigterm exit_code={} signal_to_exit_ms={}", exit, took.toMillis());
                assertThat(exit).as("exit code after SIGTERM").isEqualTo(143);
                assertThat(took).as("time from SIGTERM to exit").isLessThan(PROMPT);
                drain(crawl, firstLines);
            }
            assertThat(firstLines).anyMatch(l -> l.startsWith("Indexed 1 pages") && l.contains("STOPPED"));
            assertThat(Files.readString(log)).contains("event=stopping cause=signal");
            assertThat(site.hits("/notice/1")).as("notice fetches before the signal").isZero();

            site.crawlDelay = false;
            try (ChildJvm crawl = crawl(es, alias, site, log)) {
                assertThat(crawl.await(RUN_LIMIT)).as("exit code of the resumed crawl").isZero();
            }
            Map<String, Integer> expected = new TreeMap<>(Map.of("/", 1, "/robots.txt", 2));
            for (int i = 1; i <= NOTICES; i++) {
                expected.put("/notice/" + i, 1);
            }
            assertThat(site.allHits()).as("requests per path over both runs").isEqualTo(expected);
        }
        String index = PagesIndex.versioned(alias);
        es.client().indices().refresh(r -> r.index(index));
        assertThat(es.client().count(c -> c.index(index)).count()).as("pages indexed").isEqualTo(1 + NOTICES);
        List<UrlState> states = new ArrayList<>();
        new ElasticsearchStatusStore(es.client(), alias + "-status").load(s -> states.add(s.state()));
        assertThat(states).hasSize(1 + NOTICES).containsOnly(UrlState.DONE);
    }

    private ChildJvm crawl(TestElasticsearch es, String alias, Site site, Path log) {
        return ChildJvm.start(Gazette.class, log, "crawl", "--seed", site.base() + "/", "--es-url", es.url(),
                "--allow-private", "--index", alias, "--status-index", alias + "-status");
    }

    /** {@link ProcessHandle#destroy} sends SIGTERM, as {@code kill} does; the crawl is this JVM's only child. */
    private static void terminate() {
        List<ProcessHandle> children = ProcessHandle.current().children().filter(ProcessHandle::isAlive).toList();
        assertThat(children).as("the crawl's process").hasSize(1);
        assertThat(children.getFirst().destroy()).isTrue();
    }

    private static void drain(ChildJvm crawl, List<String> lines) throws InterruptedException {
        Duration quiet = Duration.ofSeconds(5);
        for (String line = crawl.nextLine(quiet); line != null; line = crawl.nextLine(quiet)) {
            lines.add(line);
        }
    }

    /** A home page linking {@value #NOTICES} notices; robots.txt says Crawl-delay 30 s until told otherwise. */
    private static final class Site implements AutoCloseable {
        final CountDownLatch homeServed = new CountDownLatch(1);
        volatile boolean crawlDelay = true;
        private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
        private final HttpServer server;

        Site() throws IOException {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/", this::handle);
            server.start();
        }

        String base() {
            return "http://127.0.0.1:" + server.getAddress().getPort();
        }

        int hits(String path) {
            return hits.getOrDefault(path, new AtomicInteger()).get();
        }

        Map<String, Integer> allHits() {
            Map<String, Integer> all = new TreeMap<>();
            hits.forEach((path, n) -> all.put(path, n.get()));
            return all;
        }

        private void handle(HttpExchange exchange) throws IOException {
            String path = exchange.getRequestURI().getPath();
            hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            if (path.equals("/robots.txt")) {
                send(exchange, "text/plain", "User-agent: *\n" + (crawlDelay ? "Crawl-delay: 30\n" : "Allow: /\n"));
            } else if (path.equals("/")) {
                StringBuilder links = new StringBuilder();
                for (int i = 1; i <= NOTICES; i++) {
                    links.append("<p><a href=\"/notice/").append(i).append("\">Notice ").append(i).append("</a></p>");
                }
                send(exchange, "text/html; charset=utf-8", html("Terminated ministry", links.toString()));
                homeServed.countDown();
            } else {
                send(exchange, "text/html; charset=utf-8", html("Notice " + path, "<p>Notice " + path
                        + " tells the reader about the ministry's plans for the season in some detail.</p>"));
            }
        }

        private static String html(String title, String body) {
            return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title
                    + "</title></head><body><main><h1>" + title + "</h1>" + body + "</main></body></html>";
        }

        private static void send(HttpExchange exchange, String type, String body) throws IOException {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }
}
