package gazette.extraction.charset;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One body's decodings, each made once: checking a label against the bytes and then decoding them would otherwise
 * decode the whole page twice (or three times when UTF-8 is tried as well). Malformed input shows as U+FFFD in the
 * decoded text; literal U+FFFD characters encoded in the body do not count as errors.
 */
final class BodyDecodings {
    /** Above this share of malformed bytes a multi-byte label does not fit the body. */
    private static final double MAX_ERROR_RATE = 0.002;
    private static final char REPLACEMENT = '\uFFFD';

    private final byte[] body;
    private final boolean highBytes;
    private final Map<Charset, String> texts = new HashMap<>();

    BodyDecodings(byte[] body) {
        this.body = body;
        this.highBytes = hasHighBytes(body);
    }

    byte[] body() {
        return body;
    }

    boolean hasHighBytes() {
        return highBytes;
    }

    String text(Charset charset) {
        return texts.computeIfAbsent(charset, c -> new String(body, c));
    }

    /**
     * The body decoded with {@code charset} unless the bytes contradict it: invalid for a multi-byte label, or
     * valid UTF-8 under a single-byte one.
     */
    Optional<String> fitting(Charset charset) {
        if (charset.equals(StandardCharsets.UTF_8)) {
            return errorRate(charset) < MAX_ERROR_RATE ? Optional.of(text(charset)) : Optional.empty();
        }
        // Multi-byte UTF-8 sequences almost never occur by chance in legacy encodings (and GB18030 decodes
        // nearly any bytes, so its own errors prove nothing): valid UTF-8 is UTF-8 whatever the label says.
        if (highBytes && isValidUtf8()) {
            return Optional.empty();
        }
        boolean fits = !isMultiByte(charset) || errorRate(charset) < MAX_ERROR_RATE;
        return fits ? Optional.of(text(charset)) : Optional.empty();
    }

    boolean isValidUtf8() {
        if (!highBytes) {
            return true;
        }
        // a body already decoded is checked by its result; otherwise a scan that stops at the first bad byte
        // spares decoding a legacy-encoded page as UTF-8 only to find that it is not
        return texts.containsKey(StandardCharsets.UTF_8) ? errorRate(StandardCharsets.UTF_8) == 0
                : Utf8.isWellFormed(body);
    }

    /** Share of malformed input when decoding with {@code charset}. */
    double errorRate(Charset charset) {
        if (!highBytes || body.length == 0) {
            return 0;
        }
        int replaced = count(text(charset));
        int errors = replaced > 0 && charset.equals(StandardCharsets.UTF_8) ? replaced - literalReplacements() : replaced;
        return errors / (double) body.length;
    }

    private static int count(String text) {
        int n = 0;
        for (int i = text.indexOf(REPLACEMENT); i >= 0; i = text.indexOf(REPLACEMENT, i + 1)) {
            n++;
        }
        return n;
    }

    /** U+FFFD encoded in UTF-8 (EF BF BD) as part of the page, not produced by decoding errors. */
    private int literalReplacements() {
        int n = 0;
        for (int i = 0; i + 2 < body.length; i++) {
            if (body[i] == (byte) 0xEF && body[i + 1] == (byte) 0xBF && body[i + 2] == (byte) 0xBD) {
                n++;
            }
        }
        return n;
    }

    private static boolean isMultiByte(Charset charset) {
        return charset.newEncoder().maxBytesPerChar() > 1.5f;
    }

    private static boolean hasHighBytes(byte[] body) {
        for (byte b : body) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }
}
