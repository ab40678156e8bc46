package gazette.extraction.charset;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Recognises a body that is not text whatever its Content-Type says: a known file signature (images, PDF, archives,
 * fonts, media), or, unless it starts with markup, control bytes that no text contains (the WHATWG sniffing rule,
 * with a little tolerance for a stray byte). Byte-order marks are text.
 */
public final class BinaryBody {
    private static final int SCAN = 1024;
    private static final int MAX_CONTROL_BYTES = 2;
    private static final Object[][] SIGNATURES = {
        {"PNG image", new byte[] {(byte) 0x89, 'P', 'N', 'G'}}, {"JPEG image", new byte[] {(byte) 0xFF, (byte) 0xD8,
            (byte) 0xFF}}, {"GIF image", "GIF8".getBytes(StandardCharsets.US_ASCII)},
        {"PDF document", "%PDF-".getBytes(StandardCharsets.US_ASCII)}, {"ZIP archive", new byte[] {'P', 'K', 3, 4}},
        {"gzip data", new byte[] {0x1F, (byte) 0x8B}}, {"RIFF media (WebP, WAV, AVI)", "RIFF".getBytes(
            StandardCharsets.US_ASCII)}, {"WOFF font", "wOFF".getBytes(StandardCharsets.US_ASCII)},
        {"WOFF2 font", "wOF2".getBytes(StandardCharsets.US_ASCII)}, {"Ogg media", "OggS".getBytes(
            StandardCharsets.US_ASCII)}, {"MP3 audio", "ID3".getBytes(StandardCharsets.US_ASCII)},
        {"ICO image", new byte[] {0, 0, 1, 0}}, {"7-Zip archive", new byte[] {'7', 'z', (byte) 0xBC, (byte) 0xAF}},
    };

    private BinaryBody() {
    }

    /** What the body is when it is not text ("PNG image", "binary data"), empty when it may be text. */
    public static Optional<String> kind(byte[] body) {
        if (body == null || body.length == 0 || hasTextBom(body)) {
            return Optional.empty();
        }
        for (Object[] signature : SIGNATURES) {
            if (startsWith(body, (byte[]) signature[1])) {
                return Optional.of((String) signature[0]);
            }
        }
        if (startsWithMarkup(body)) {
            return Optional.empty(); // old pages carry stray control bytes in their text; markup first is text
        }
        int controls = 0;
        for (int i = 0; i < Math.min(body.length, SCAN); i++) {
            int b = body[i] & 0xFF;
            controls += b == 0 ? MAX_CONTROL_BYTES + 1 : isControl(b) ? 1 : 0;
        }
        return controls > MAX_CONTROL_BYTES ? Optional.of("binary data") : Optional.empty();
    }

    /** Control bytes that never occur in text: not tab, line feed, form feed, carriage return or escape. */
    private static boolean isControl(int b) {
        return b <= 0x08 || b == 0x0B || b >= 0x0E && b <= 0x1A || b >= 0x1C && b <= 0x1F;
    }

    private static boolean startsWithMarkup(byte[] body) {
        for (int i = 0; i < Math.min(body.length, SCAN); i++) {
            if (body[i] == '<') {
                return true;
            }
            if (body[i] != ' ' && body[i] != '\t' && body[i] != '\n' && body[i] != '\r' && body[i] != '\f') {
                return false;
            }
        }
        return false;
    }

    private static boolean hasTextBom(byte[] b) {
        return b.length >= 2 && ((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF
                || (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE)
                || b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }

    private static boolean startsWith(byte[] body, byte[] prefix) {
        if (body.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (body[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
