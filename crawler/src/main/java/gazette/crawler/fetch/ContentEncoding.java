package gazette.crawler.fetch;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;

/**
 * Undoes a {@code Content-Encoding} (gzip, deflate) within a byte cap: decoding stops as soon as the output passes
 * the cap, so a gzip bomb costs at most the cap in memory and the time to inflate that much.
 */
final class ContentEncoding {
    /** Decoded bytes; {@code overflow} when the decoded body is longer than the cap (bytes then holds the prefix). */
    record Decoded(byte[] bytes, boolean overflow) {}

    private ContentEncoding() {}

    /** True when {@code encoding} needs no decoding (absent or identity). */
    static boolean isIdentity(String encoding) {
        return encoding == null || encoding.isBlank() || name(encoding).equals("identity");
    }

    /** True for the encodings this class decodes. */
    static boolean isSupported(String encoding) {
        return isIdentity(encoding) || switch (name(encoding)) {
            case "gzip", "x-gzip", "deflate" -> true;
            default -> false;
        };
    }

    /**
     * Decodes {@code body}; at most {@code maxBytes} come out. When {@code cut} (the body was truncated on the wire),
     * the decoded prefix is returned instead of failing at the unexpected end.
     */
    static Decoded decode(String encoding, byte[] body, int maxBytes, boolean cut) throws IOException {
        if (isIdentity(encoding)) {
            return new Decoded(body, false);
        }
        InputStream raw = new ByteArrayInputStream(body);
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(maxBytes, 64 * 1024));
        try (InputStream in = name(encoding).equals("deflate") ? new InflaterInputStream(raw)
                : new GZIPInputStream(raw)) {
            return readCapped(in, out, maxBytes);
        } catch (EOFException e) {
            if (!cut) {
                throw e;
            }
            return new Decoded(out.toByteArray(), true);
        }
    }

    private static Decoded readCapped(InputStream in, ByteArrayOutputStream out, int maxBytes) throws IOException {
        byte[] buffer = new byte[16 * 1024];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            if (out.size() + n > maxBytes) {
                out.write(buffer, 0, maxBytes - out.size());
                return new Decoded(out.toByteArray(), true);
            }
            out.write(buffer, 0, n);
        }
        return new Decoded(out.toByteArray(), false);
    }

    private static String name(String encoding) {
        return encoding.strip().toLowerCase(Locale.ROOT);
    }
}
