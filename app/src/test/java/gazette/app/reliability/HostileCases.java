package gazette.app.reliability;

import gazette.crawler.SkipReason;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The hostile-page corpus on one host: each case is a path linked from the home page, how it misbehaves, and the
 * outcomes that count as handled ({@code PAGE} or a {@link SkipReason} name). Body sizes assume a 1 MiB cap.
 */
final class HostileCases {
    static final String PAGE = "PAGE";
    static final int MAX_BODY = 1024 * 1024;
    private static final String FAIL = SkipReason.FETCH_FAILED.name();
    private static final String HTTP = SkipReason.HTTP_ERROR.name();
    private static final String TOO_LARGE = SkipReason.TOO_LARGE.name();
    private static final Duration TRICKLE = Duration.ofMillis(200);

    /** One broken case. */
    record Case(String path, String what, Set<String> handled, RawHttpServer.Responder responder) {}

    private HostileCases() {}

    static List<Case> all() {
        List<Case> cases = new ArrayList<>();
        cases.addAll(markup());
        cases.addAll(sizes());
        cases.addAll(encodings());
        cases.addAll(redirects());
        cases.addAll(protocol());
        return cases;
    }

    /** The home page linking every case, served at {@code /}. */
    static String home(List<Case> cases) {
        return "<!DOCTYPE html><html lang=\"en\"><head><title>Hostile corpus</title></head><body><h1>Cases</h1><ul>"
                + cases.stream().map(c -> "<li><a href=\"" + c.path() + "\">" + c.what() + "</a></li>")
                .collect(Collectors.joining()) + "</ul></body></html>";
    }

    private static List<Case> markup() {
        String tenThousandLinks = IntStream.range(0, 10_000).mapToObj(i -> "<a href=\"/many/" + i + "\">" + i + "</a>")
                .collect(Collectors.joining(" "));
        return List.of(
                page("/malformed.html", "malformed HTML", "<html><head><title>Broken<body><p>Unclosed <div><span>"
                        + "<b>text <i>more</p></div></td></tr><p <p> =\"x\" <<<>>> &bogus; &#xFFFFFFFF; &#0;"),
                page("/unclosed.html", "5,000 unclosed tags", "<html><body><p>para" + "<div><span>".repeat(5_000)),
                page("/deep-nesting.html", "200,000 nested elements", "<div>".repeat(200_000) + "deep"),
                page("/no-markup.html", "plain text labelled HTML", "Just words, no tags at all. ".repeat(50)),
                page("/empty.html", "empty body", ""),
                page("/huge-title.html", "500 KB title", "<title>" + "T".repeat(500_000) + "</title><p>x</p>"),
                page("/attributes.html", "50,000 attributes on one element",
                        "<div " + IntStream.range(0, 50_000).mapToObj(i -> "a" + i + "=\"" + i + "\"")
                                .collect(Collectors.joining(" ")) + ">text</div>"),
                page("/script-only.html", "only a 900 KB script", "<script>" + "var x=1;".repeat(110_000)
                        + "</script>"),
                page("/links-10000.html", "10,000 links on one page", "<html><body><p>Index</p>" + tenThousandLinks),
                page("/calendar?d=0", "endless calendar", "<a href=\"/calendar?d=1\">next day</a>"),
                page("/meta-refresh.html", "meta refresh to itself",
                        "<meta http-equiv=\"refresh\" content=\"0; url=/meta-refresh.html\"><p>refresh</p>"),
                page("/base-javascript.html", "base href javascript:",
                        "<base href=\"javascript:alert(1)//\"><a href=\"x\">x</a><a href=\"data:text/html,hi\">d</a>"
                                + "<a href=\"http://[::1\">bad</a><a href=\"//\">empty</a><p>base</p>"));
    }

    private static List<Case> sizes() {
        byte[] chunk = Responses.utf8("<p>" + "x".repeat(8_188) + "</p>");
        return List.of(
                new Case("/huge-length.html", "50 MB body announced", Set.of(TOO_LARGE), (s, out) -> {
                    Responses.head(out, 200, "Content-Type: text/html\r\nContent-Length: 52428800\r\n");
                    for (int i = 0; i < 52428800 / chunk.length; i++) {
                        out.write(chunk);
                    }
                }),
                new Case("/huge-chunked.html", "50 MB chunked body", Set.of(TOO_LARGE),
                        (s, out) -> Responses.chunked(out, chunk, 52428800L, Duration.ZERO)),
                new Case("/endless-chunked.html", "endless chunked response", Set.of(TOO_LARGE),
                        (s, out) -> Responses.chunked(out, chunk, Long.MAX_VALUE, Duration.ZERO)),
                new Case("/endless-slow.html", "endless chunked response, one chunk per 200 ms", Set.of(FAIL),
                        (s, out) -> Responses.chunked(out, Responses.utf8("<p>x</p>"), Long.MAX_VALUE, TRICKLE)),
                new Case("/slow-loris-head.html", "status line trickling a byte per 200 ms", Set.of(FAIL),
                        (s, out) -> Responses.trickle(out, Responses.utf8("HTTP/1.1 200 OK\r\nContent-Type: text/html"
                                + "\r\nX-Padding: " + "p".repeat(200) + "\r\n\r\n"), TRICKLE)),
                new Case("/slow-loris-body.html", "body trickling a byte per 200 ms", Set.of(FAIL), (s, out) -> {
                    Responses.head(out, 200, "Content-Type: text/html\r\nContent-Length: 200\r\n");
                    Responses.trickle(out, Responses.utf8("<p>" + "s".repeat(197)), TRICKLE);
                }),
                new Case("/gzip-bomb.html", "gzip bomb: 100 MB of zeros as Content-Encoding gzip",
                        Set.of(PAGE, SkipReason.EXTRACTION_FAILED.name(), TOO_LARGE),
                        (s, out) -> Responses.send(out, 200, "Content-Type: text/html\r\nContent-Encoding: gzip\r\n",
                                Bombs.ZEROS)),
                new Case("/gzip-html.html", "gzipped HTML the crawler did not ask for", Set.of(PAGE),
                        (s, out) -> Responses.send(out, 200, "Content-Type: text/html\r\nContent-Encoding: gzip\r\n",
                                Responses.gzip(Responses.utf8("<title>Zipped</title><p>zipped words</p>"), 1))));
    }

    private static List<Case> encodings() {
        byte[] random = new byte[64 * 1024];
        new Random(8).nextBytes(random);
        byte[] png = new byte[32 * 1024];
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, 0, png, 0, 8);
        String cyrillic = "<html lang=\"ru\"><title>Бюджет</title><p>Министерство опубликовало бюджет.</p>";
        return List.of(
                binary(raw("/binary.html", "64 KB of random bytes labelled text/html", "text/html", random)),
                binary(raw("/png.html", "a PNG labelled text/html", "text/html; charset=utf-8", png)),
                raw("/nul-bytes.html", "NUL bytes inside HTML", "text/html",
                        Responses.utf8("<title>Nul\u0000s</title><p>a\u0000b\u0000c</p>\u0000".repeat(10))),
                raw("/invalid-utf8.html", "invalid UTF-8 sequences", "text/html; charset=utf-8",
                        concat(Responses.utf8("<title>Bad"), new byte[] {(byte) 0xC0, (byte) 0xAF, (byte) 0xED,
                                (byte) 0xA0, (byte) 0x80, (byte) 0xFF}, Responses.utf8("</title><p>bytes</p>"))),
                raw("/charset-wrong.html", "windows-1251 body labelled UTF-8", "text/html; charset=utf-8",
                        cyrillic.getBytes(Charset.forName("windows-1251"))),
                raw("/charset-conflict.html", "header ISO-8859-1, meta UTF-8, body UTF-8",
                        "text/html; charset=iso-8859-1",
                        Responses.utf8("<meta charset=\"utf-8\">" + cyrillic)),
                raw("/charset-bogus.html", "unknown charset name", "text/html; charset=x-no-such-charset",
                        Responses.utf8(cyrillic)),
                raw("/charset-utf16.html", "UTF-16LE with BOM labelled UTF-8", "text/html; charset=utf-8",
                        concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, cyrillic.getBytes(StandardCharsets.UTF_16LE))),
                raw("/charset-meta-utf7.html", "meta charset UTF-7", "text/html",
                        Responses.utf8("<meta charset=\"utf-7\"><title>+ADw-script+AD4-</title><p>seven</p>")),
                new Case("/two-content-types.html", "two Content-Type headers (HTML, PDF)",
                        Set.of(PAGE, SkipReason.NOT_HTML.name()), (s, out) -> Responses.send(out, 200,
                        "Content-Type: text/html\r\nContent-Type: application/pdf\r\n", Responses.utf8("<p>two</p>"))),
                new Case("/no-content-type.html", "no Content-Type", Set.of(PAGE),
                        (s, out) -> Responses.send(out, 200, "", Responses.utf8("<title>Untyped</title><p>x</p>"))),
                new Case("/pdf.html", "a PDF", Set.of(SkipReason.NOT_HTML.name()),
                        (s, out) -> Responses.send(out, 200, "Content-Type: application/pdf\r\n",
                                Responses.utf8("%PDF-1.4\n%%EOF"))),
                raw("/xhtml-broken.xhtml", "malformed XHTML", "application/xhtml+xml",
                        Responses.utf8("<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"><p>x<b>")));
    }

    private static List<Case> redirects() {
        String loop = SkipReason.REDIRECT_LOOP.name();
        return List.of(
                new Case("/loop-a", "redirect loop a -> b -> a", Set.of(loop),
                        (s, out) -> Responses.redirect(out, 302, "/loop-b")),
                new Case("/self-redirect", "redirect to itself", Set.of(loop),
                        (s, out) -> Responses.redirect(out, 301, "/self-redirect")),
                new Case("/chain/0", "redirect chain of 30 hops", Set.of(SkipReason.TOO_MANY_REDIRECTS.name()),
                        (s, out) -> Responses.redirect(out, 302, "/chain/1")),
                new Case("/no-location", "302 without Location", Set.of(HTTP),
                        (s, out) -> Responses.send(out, 302, "", new byte[0])),
                new Case("/bad-location", "Location that is not a URL", Set.of(SkipReason.INVALID_URL.name()),
                        (s, out) -> Responses.redirect(out, 302, "http://[::1")),
                new Case("/javascript-location", "Location: javascript:",
                        Set.of(SkipReason.INVALID_URL.name(), SkipReason.OUT_OF_SCOPE.name()),
                        (s, out) -> Responses.redirect(out, 302, "javascript:alert(1)")),
                new Case("/offsite-redirect", "redirect off the crawl's hosts", Set.of(SkipReason.OUT_OF_SCOPE.name()),
                        (s, out) -> Responses.redirect(out, 302, "http://gazette.invalid/")));
    }

    private static List<Case> protocol() {
        return List.of(
                rateLimited(status("/429.html", 429, "Retry-After: 3600\r\n")),
                rateLimited(status("/503.html", 503, "Retry-After: Wed, 21 Oct 2099 07:28:00 GMT\r\n")),
                status("/500.html", 500, ""),
                status("/404.html", 404, ""),
                new Case("/status-999", "status 999", Set.of(HTTP, FAIL),
                        (s, out) -> Responses.send(out, 999, "Content-Type: text/html\r\n",
                                Responses.utf8("<p>x</p>"))),
                new Case("/not-http", "an SSH banner instead of HTTP", Set.of(FAIL),
                        (s, out) -> out.write(Responses.utf8("SSH-2.0-OpenSSH_9.6\r\n"))),
                new Case("/hang-up", "connection closed before any byte", Set.of(FAIL), (s, out) -> s.close()),
                new Case("/reset", "connection reset", Set.of(FAIL), (s, out) -> {
                    s.setSoLinger(true, 0);
                    s.close();
                }),
                new Case("/short-body.html", "Content-Length 10,000, 100 bytes sent", Set.of(FAIL), (s, out) -> {
                    Responses.head(out, 200, "Content-Type: text/html\r\nContent-Length: 10000\r\n");
                    out.write(Responses.utf8("<p>" + "x".repeat(97)));
                }),
                new Case("/header-bomb.html", "2 MB of response headers", Set.of(FAIL), (s, out) -> {
                    Responses.head(out, 200, ("X-Bomb: " + "b".repeat(1000) + "\r\n").repeat(2_000)
                            + "Content-Type: text/html\r\n");
                    out.write(Responses.utf8("<p>x</p>"));
                }),
                new Case("/bad-chunks.html", "chunked body with a non-hex size", Set.of(FAIL), (s, out) -> {
                    Responses.head(out, 200, "Content-Type: text/html\r\nTransfer-Encoding: chunked\r\n");
                    out.write(Responses.utf8("zz\r\n<p>x</p>\r\n0\r\n\r\n"));
                }));
    }

    private static Case page(String path, String what, String html) {
        return raw(path, what, "text/html; charset=utf-8", Responses.utf8(html));
    }

    private static Case raw(String path, String what, String type, byte[] body) {
        return new Case(path, what, Set.of(PAGE), (s, out) -> Responses.send(out, 200, "Content-Type: " + type
                + "\r\n", body));
    }

    /** Binary content sniffed behind a {@code text/html} label is refused, not indexed as mojibake. */
    private static Case binary(Case c) {
        return new Case(c.path(), c.what(), Set.of(SkipReason.NOT_HTML.name()), c.responder());
    }

    /** A 429 or a 503 with {@code Retry-After} is the server asking to wait, recorded as such. */
    private static Case rateLimited(Case c) {
        return new Case(c.path(), c.what(), Set.of(SkipReason.RATE_LIMITED.name()), c.responder());
    }

    private static Case status(String path, int status, String headers) {
        return new Case(path, "status " + status + (headers.isEmpty() ? "" : " with " + headers.strip()), Set.of(HTTP),
                (s, out) -> Responses.send(out, status, headers + "Content-Type: text/html\r\n",
                        Responses.utf8("<p>status " + status + "</p>")));
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            all.writeBytes(p);
        }
        return all.toByteArray();
    }

    /** Compressed once per run: 100 MB of zeros is about 100 KB gzipped. */
    static final class Bombs {
        static final byte[] ZEROS = Responses.gzip(new byte[1024 * 1024], 100);

        private Bombs() {}
    }
}
