package gazette.crawler.fetch;

import gazette.crawler.SkipReason;
import gazette.crawler.politeness.Politeness;
import gazette.crawler.scope.Urls;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Makes single GET requests, one hop each (the caller decides about redirects): checks the resolved address, waits
 * for the host's politeness slot, and returns the headers and the body bytes (gzip undone, charset left to the
 * extractor) with how long the request took, from sending it to the last body byte. HTML pages are also sniffed, so binary bodies labelled {@code text/html} end as {@code NOT_HTML}.
 * Thread-safe.
 */
public final class Fetcher implements AutoCloseable {
    /**
     * Which bodies are wanted: pages must be HTML (by label and by content); sitemaps may be anything; robots.txt may
     * be anything and only its first 500 KiB are read (RFC 9309 asks parsers to handle at least that much).
     */
    public enum Accept { HTML, ANY, ROBOTS }

    /** How much of a robots.txt is read and parsed; Google parses the first 500 KiB too. */
    public static final int ROBOTS_MAX_BYTES = 500 * 1024;
    private static final String HTML_ACCEPT = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1";

    private final FetchSettings settings;
    private final Politeness politeness;
    private final AddressGuard guard;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final HttpClient client;
    private final AtomicInteger requests = new AtomicInteger();

    public Fetcher(FetchSettings settings, Politeness politeness) {
        this.settings = settings;
        this.politeness = politeness;
        this.guard = new AddressGuard(settings.allowPrivate());
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(settings.connectTimeout())
                .executor(executor)
                .build();
    }

    /** GETs {@code url}; any status comes back as a response, refusals and network failures as the exception. */
    public Response get(URI url, Accept accept) throws FetchException, InterruptedException {
        return get(url, accept, Validators.NONE);
    }

    /** A conditional GET: with validators from an earlier response, an unchanged page comes back as a bodiless 304. */
    public Response get(URI url, Accept accept, Validators validators) throws FetchException, InterruptedException {
        checkAddress(url);
        HttpRequest request = request(url, accept, validators);
        Bodies.Limit limit = limit(accept);
        String host = Urls.hostKey(url);
        politeness.await(host); // from here the request is in flight until sendCounted tells politeness it ended
        requests.incrementAndGet();
        long start = System.nanoTime();
        HttpResponse<Bodies.Body> response = sendCounted(host, request, accept, limit);
        return response(url, accept, limit, response, Duration.ofNanos(System.nanoTime() - start));
    }

    private static Response response(URI url, Accept accept, Bodies.Limit limit, HttpResponse<Bodies.Body> response,
            Duration elapsed) throws FetchException {
        Bodies.Body body = response.body();
        if (body.refused() != null) {
            throw new FetchException(url, body.refused(), body.detail());
        }
        byte[] bytes = decode(url, header(response, "Content-Encoding"), body, limit);
        if (accept == Accept.HTML && bytes != null) {
            refuseBinary(url, header(response, "Content-Type"), bytes);
        }
        return new Response(url, response.statusCode(), header(response, "Content-Type"),
                header(response, "Content-Language"), header(response, "Location"), header(response, "ETag"),
                header(response, "Last-Modified"), header(response, "Retry-After"), bytes, elapsed);
    }

    /** Requests made so far. */
    public int requests() {
        return requests.get();
    }

    @Override
    public void close() {
        client.close();
        executor.close();
    }

    private void checkAddress(URI url) throws FetchException {
        try {
            Optional<InetAddress> refused = guard.refused(url.getHost());
            if (refused.isPresent()) {
                throw new FetchException(url, SkipReason.PRIVATE_ADDRESS,
                        "address=" + refused.get().getHostAddress());
            }
        } catch (UnknownHostException e) {
            throw new FetchException(url, SkipReason.FETCH_FAILED, "unknown host " + url.getHost());
        }
    }

    private Bodies.Limit limit(Accept accept) {
        return accept == Accept.ROBOTS ? new Bodies.Limit(ROBOTS_MAX_BYTES, true)
                : new Bodies.Limit(settings.maxBodyBytes(), false);
    }

    /** Undoes gzip within the same cap as the wire body, so a gzip bomb ends at the cap. */
    private static byte[] decode(URI url, String encoding, Bodies.Body body, Bodies.Limit limit)
            throws FetchException {
        if (body.bytes() == null || ContentEncoding.isIdentity(encoding)) {
            return body.bytes();
        }
        try {
            ContentEncoding.Decoded decoded = ContentEncoding.decode(encoding, body.bytes(), limit.maxBytes(),
                    body.truncated());
            if (decoded.overflow() && !limit.truncate()) {
                throw new FetchException(url, SkipReason.TOO_LARGE, "content-encoding=" + encoding
                        + " decoded body over max=" + limit.maxBytes());
            }
            return decoded.bytes();
        } catch (IOException e) {
            throw new FetchException(url, SkipReason.FETCH_FAILED, "content-encoding=" + encoding
                    + " cannot be decoded: " + e.getMessage());
        }
    }

    /** Labelled HTML (or not labelled at all) is not enough: images, archives and noise are turned away. */
    private static void refuseBinary(URI url, String contentType, byte[] body) throws FetchException {
        Optional<String> kind = BinarySniffer.binaryKind(body);
        if (kind.isPresent()) {
            throw new FetchException(url, SkipReason.NOT_HTML, "content-type=" + contentType + " but body is "
                    + kind.get());
        }
    }

    private HttpRequest request(URI url, Accept accept, Validators validators) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url)
                .timeout(settings.readTimeout())
                .header("User-Agent", settings.userAgent())
                .header("Accept", accept == Accept.HTML ? HTML_ACCEPT : "*/*")
                .header("Accept-Encoding", "gzip")
                .GET();
        if (validators.etag() != null) {
            request.header("If-None-Match", validators.etag());
        }
        if (validators.lastModified() != null) {
            request.header("If-Modified-Since", validators.lastModified());
        }
        return request.build();
    }

    /** Tells politeness when the request ends and whether the host failed it (no answer, or 5xx). */
    private HttpResponse<Bodies.Body> sendCounted(String host, HttpRequest request, Accept accept, Bodies.Limit limit)
            throws FetchException, InterruptedException {
        boolean failed = false;
        try {
            HttpResponse<Bodies.Body> response = send(request, accept, limit);
            failed = response.statusCode() >= 500;
            return response;
        } catch (FetchException e) {
            failed = true;
            throw e;
        } finally {
            politeness.finished(host, failed);
        }
    }

    private HttpResponse<Bodies.Body> send(HttpRequest request, Accept accept, Bodies.Limit limit)
            throws FetchException, InterruptedException {
        URI url = request.uri();
        CompletableFuture<HttpResponse<Bodies.Body>> future = client.sendAsync(request, Bodies.handler(accept, limit));
        try {
            // The request timeout ends at the headers; this one also bounds a body that trickles in.
            return future.get(settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new FetchException(url, SkipReason.FETCH_FAILED, "timeout after " + settings.readTimeout());
        } catch (ExecutionException e) {
            throw new FetchException(url, SkipReason.FETCH_FAILED, describe(e.getCause()));
        } catch (InterruptedException e) {
            future.cancel(true);
            throw e;
        }
    }

    private static String describe(Throwable cause) {
        String message = cause.getMessage();
        return cause.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }
}
