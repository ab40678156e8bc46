package gazette.app.reliability;

import gazette.crawler.SkipReason;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Broken robots.txt cases. robots.txt belongs to an origin, so each case is a server of its own whose home page
 * (the seed) links one more page; the outcome that counts is the home page's.
 */
final class HostileRobots {
    private static final String PAGE = HostileCases.PAGE;
    private static final String UNAVAILABLE = SkipReason.ROBOTS_UNAVAILABLE.name();

    /** One robots.txt case. */
    record Case(String what, Set<String> handled, RawHttpServer.Responder robots) {}

    private HostileRobots() {}

    static List<Case> all() {
        byte[] garbage = new byte[20_000];
        new Random(9).nextBytes(garbage);
        return List.of(
                new Case("robots.txt of random bytes", Set.of(PAGE),
                        (s, out) -> Responses.send(out, 200, "Content-Type: text/plain\r\n", garbage)),
                new Case("robots.txt with broken lines", Set.of(PAGE), text("User-agent *\nDisallow /\nAllow:\n"
                        + "Crawl-delay: -5\nUser-agent: gazettebot\u0000\nDisallow: /page.html\u0000\n: : :\n")),
                new Case("robots.txt served as an HTML page", Set.of(PAGE), (s, out) -> Responses.html(out, 200,
                        "<html><body><h1>Welcome</h1><p>Disallow: /</p></body></html>")),
                new Case("robots.txt answering 500", Set.of(UNAVAILABLE), (s, out) -> Responses.html(out, 500, "")),
                new Case("robots.txt redirecting to itself", Set.of(PAGE, UNAVAILABLE),
                        (s, out) -> Responses.redirect(out, 302, "/robots.txt")),
                new Case("robots.txt trickling a byte per 200 ms", Set.of(UNAVAILABLE), (s, out) ->
                        Responses.trickle(out, Responses.utf8("HTTP/1.1 200 OK\r\nContent-Length: 30\r\n\r\n"
                                + "User-agent: *\nAllow: /\n" + "x".repeat(100)), Duration.ofMillis(200))),
                new Case("robots.txt with Crawl-delay of a day", Set.of(PAGE),
                        text("User-agent: *\nCrawl-delay: 86400\n")),
                new Case("robots.txt as a gzip bomb", Set.of(PAGE, UNAVAILABLE), (s, out) -> Responses.send(out, 200,
                        "Content-Type: text/plain\r\nContent-Encoding: gzip\r\n", HostileCases.Bombs.ZEROS)),
                new Case("robots.txt disallowing everything", Set.of(SkipReason.ROBOTS_DISALLOWED.name()),
                        text("User-agent: *\nDisallow: /\n")));
    }

    /** Large robots.txt files that disallow only {@code /nothing-here/}: the home page must stay allowed. */
    static List<Case> oversized() {
        return List.of(
                new Case("robots.txt of 5 MB, over the body cap", Set.of(PAGE, UNAVAILABLE),
                        text("User-agent: *\n" + "Disallow: /nothing-here/\n".repeat(200_000))),
                new Case("robots.txt of 900 KB, under the cap", Set.of(PAGE),
                        text("User-agent: *\n" + "Disallow: /nothing-here/\n".repeat(36_000))));
    }

    /** Serves the case's robots.txt, a home page and the page it links. */
    static RawHttpServer serve(Case c) {
        return RawHttpServer.start().route("/robots.txt", c.robots())
                .route("/", (s, out) -> Responses.html(out, 200, "<title>" + c.what() + "</title><p>"
                        + c.what() + "</p><a href=\"/page.html\">page</a>"))
                .route("/page.html", (s, out) -> Responses.html(out, 200, "<title>Page</title><p>page</p>"));
    }

    private static RawHttpServer.Responder text(String body) {
        return (s, out) -> Responses.send(out, 200, "Content-Type: text/plain\r\n", Responses.utf8(body));
    }
}
