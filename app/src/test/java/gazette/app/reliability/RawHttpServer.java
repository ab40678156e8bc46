package gazette.app.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback HTTP/1.1 server that writes raw bytes, so a case can break the protocol as well as the content: lie about
 * lengths, trickle, never end, or reset. One request per connection; the path (query included) picks the responder,
 * the longest matching prefix ending in {@code *} otherwise.
 */
final class RawHttpServer implements AutoCloseable {
    /** Writes the whole response, status line included. */
    @FunctionalInterface
    interface Responder {
        void respond(Socket socket, OutputStream out) throws IOException, InterruptedException;
    }

    private static final int MAX_REQUEST_HEAD = 16 * 1024;

    private final ServerSocket listener;
    private final Map<String, Responder> routes = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();

    private RawHttpServer(ServerSocket listener) {
        this.listener = listener;
    }

    static RawHttpServer start() {
        try {
            RawHttpServer server = new RawHttpServer(new ServerSocket(0, 128, InetAddress.getLoopbackAddress()));
            server.threads.submit(server::acceptLoop);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    RawHttpServer route(String path, Responder responder) {
        routes.put(path, responder);
        return this;
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + listener.getLocalPort() + path);
    }

    int requests(String path) {
        AtomicInteger n = requests.get(path);
        return n == null ? 0 : n.get();
    }

    @Override
    public void close() {
        try {
            listener.close();
        } catch (IOException e) {
            // closing anyway
        }
        threads.shutdownNow();
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            try {
                Socket socket = listener.accept();
                threads.submit(() -> serve(socket));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket; OutputStream out = socket.getOutputStream()) {
            socket.setSoTimeout(10_000);
            String path = requestPath(socket.getInputStream());
            requests.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            responder(path).respond(socket, out);
            out.flush();
        } catch (IOException | InterruptedException | RuntimeException e) {
            // the client hung up or the case ended the connection on purpose
        }
    }

    private Responder responder(String path) {
        Responder exact = routes.get(path);
        if (exact != null) {
            return exact;
        }
        return routes.entrySet().stream()
                .filter(e -> e.getKey().endsWith("*") && path.startsWith(e.getKey().replace("*", "")))
                .max(Map.Entry.comparingByKey((a, b) -> Integer.compare(a.length(), b.length())))
                .map(Map.Entry::getValue).orElse((s, out) -> Responses.html(out, 404, "<p>not found</p>"));
    }

    /** Reads the request head and returns its target; the body, if any, is ignored. */
    private static String requestPath(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4 && head.size() < MAX_REQUEST_HEAD) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.write(b);
            matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        String[] line = head.toString(StandardCharsets.ISO_8859_1).split("\r\n", 2)[0].split(" ");
        return line.length > 1 ? line[1] : "";
    }
}
