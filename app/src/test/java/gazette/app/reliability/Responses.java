package gazette.app.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.zip.GZIPOutputStream;

/** Raw HTTP/1.1 responses for {@link RawHttpServer}: well-formed ones, and the pieces broken ones are made of. */
final class Responses {
    /** How long a never-ending response keeps going if the client does not hang up first. */
    static final Duration ENDLESS_LIMIT = Duration.ofSeconds(20);

    private Responses() {}

    static void html(OutputStream out, int status, String body) throws IOException {
        send(out, status, "Content-Type: text/html; charset=utf-8\r\n", body.getBytes(StandardCharsets.UTF_8));
    }

    /** Status line, the given header lines (each ending in CRLF), Content-Length, Connection: close, body. */
    static void send(OutputStream out, int status, String headers, byte[] body) throws IOException {
        head(out, status, headers + "Content-Length: " + body.length + "\r\n");
        out.write(body);
    }

    /** The status line and headers, ending the head; no length unless {@code headers} gives one. */
    static void head(OutputStream out, int status, String headers) throws IOException {
        out.write(("HTTP/1.1 " + status + " Case\r\n" + headers + "Connection: close\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
    }

    static void redirect(OutputStream out, int status, String location) throws IOException {
        send(out, status, "Location: " + location + "\r\nContent-Type: text/html\r\n", new byte[0]);
    }

    /** Chunked body repeating {@code chunk} until {@code total} bytes, the client hangs up, or the time limit. */
    static void chunked(OutputStream out, byte[] chunk, long total, Duration pause) throws IOException,
            InterruptedException {
        head(out, 200, "Content-Type: text/html\r\nTransfer-Encoding: chunked\r\n");
        long deadline = System.nanoTime() + ENDLESS_LIMIT.toNanos();
        for (long sent = 0; sent < total && System.nanoTime() < deadline; sent += chunk.length) {
            out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.write(chunk);
            out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            if (!pause.isZero()) {
                Thread.sleep(pause);
            }
        }
        out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
    }

    /** Writes {@code bytes} one at a time, {@code pause} apart, for at most the time limit (a slow-loris server). */
    static void trickle(OutputStream out, byte[] bytes, Duration pause) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + ENDLESS_LIMIT.toNanos();
        for (int i = 0; i < bytes.length && System.nanoTime() < deadline; i++) {
            out.write(bytes[i]);
            out.flush();
            Thread.sleep(pause);
        }
    }

    static byte[] gzip(byte[] data, int repeat) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            for (int i = 0; i < repeat; i++) {
                gz.write(data);
            }
        } catch (IOException e) {
            throw new IllegalStateException("in-memory gzip cannot fail", e);
        }
        return bytes.toByteArray();
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
