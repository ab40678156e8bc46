package gazette.crawler.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gazette.crawler.SkipReason;
import gazette.crawler.politeness.Politeness;
import gazette.crawler.politeness.PolitenessSettings;
import gazette.crawler.politeness.Sleeper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The fetcher's body handling over real HTTP on 127.0.0.1, against a socket server that writes exactly the bytes a
 * test gives it: bodies of announced and unannounced length arrive whole, and a body that stops arriving is abandoned
 * at the read timeout (the request's own timeout ends at the headers).
 */
class FetcherBodyIT {
    private static final String HEAD = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n";

    @Test
    void readsBodiesOfAnnouncedLengthWhole() throws Exception {
        byte[] body = page(20_000);
        try (RawServer server = new RawServer(out -> write(out, head("Content-Length: " + body.length), body))) {
            assertThat(fetch(server, Duration.ofSeconds(10)).body()).isEqualTo(body);
        }
    }

    @Test
    void readsChunkedBodiesLargerThanTheFirstBufferWhole() throws Exception {
        byte[] body = page(50_000);
        try (RawServer server = new RawServer(out -> write(out, head("Transfer-Encoding: chunked"),
                chunk(Arrays.copyOfRange(body, 0, 7_000)), chunk(Arrays.copyOfRange(body, 7_000, body.length)),
                "0\r\n\r\n".getBytes(StandardCharsets.US_ASCII)))) {
            assertThat(fetch(server, Duration.ofSeconds(10)).body()).isEqualTo(body);
        }
    }

    @Test
    @Timeout(30) // a regression would otherwise wait for the body forever
    void abandonsABodyThatStopsArrivingAtTheReadTimeout() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        try (RawServer server = new RawServer(out -> {
            write(out, head("Content-Length: 10000"), "<html><body>half a page".getBytes(StandardCharsets.UTF_8));
            await(release); // the headers and a few bytes are in; the rest never comes
        })) {
            assertThatThrownBy(() -> fetch(server, Duration.ofMillis(300)))
                    .isInstanceOfSatisfying(FetchException.class, e -> {
                        assertThat(e.reason()).isEqualTo(SkipReason.FETCH_FAILED);
                        assertThat(e.detail()).isEqualTo("timeout after PT0.3S");
                    });
        } finally {
            release.countDown();
        }
    }

    private static Response fetch(RawServer server, Duration readTimeout) throws Exception {
        FetchSettings settings = FetchSettings.defaults().withAllowPrivate(true)
                .withTimeouts(Duration.ofSeconds(5), readTimeout);
        Politeness politeness = new Politeness(PolitenessSettings.defaults().withMinDelay(Duration.ZERO),
                Clock.systemUTC(), Sleeper.SYSTEM);
        try (Fetcher fetcher = new Fetcher(settings, politeness)) {
            return fetcher.get(server.uri(), Fetcher.Accept.HTML);
        }
    }

    private static byte[] page(int length) {
        byte[] bytes = new byte[length];
        byte[] text = "<p>Ein Absatz über den Haushalt.</p>\n".getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < length; i++) {
            bytes[i] = text[i % text.length];
        }
        return bytes;
    }

    private static byte[] head(String framing) {
        return (HEAD + framing + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] chunk(byte[] data) {
        byte[] size = (Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] chunk = Arrays.copyOf(size, size.length + data.length + 2);
        System.arraycopy(data, 0, chunk, size.length, data.length);
        chunk[chunk.length - 2] = '\r';
        chunk[chunk.length - 1] = '\n';
        return chunk;
    }

    private static void write(OutputStream out, byte[]... parts) {
        try {
            for (byte[] part : parts) {
                out.write(part);
            }
            out.flush();
        } catch (IOException e) {
            throw new IllegalStateException("client went away", e);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Answers one request on a free port of 127.0.0.1 with whatever {@code reply} writes. */
    private static final class RawServer implements AutoCloseable {
        private final ServerSocket socket;
        private final Thread thread;

        RawServer(Consumer<OutputStream> reply) throws IOException {
            socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
            thread = Thread.ofVirtual().start(() -> serve(reply));
        }

        URI uri() {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/page.html");
        }

        private void serve(Consumer<OutputStream> reply) {
            try (Socket client = socket.accept()) {
                BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(),
                        StandardCharsets.US_ASCII));
                for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                    // the request's headers: nothing in them changes the reply
                }
                reply.accept(client.getOutputStream());
            } catch (IOException e) {
                // closed by the test
            }
        }

        @Override
        public void close() throws Exception {
            socket.close();
            thread.join(Duration.ofSeconds(5));
        }
    }
}
