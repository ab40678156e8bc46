package gazette.crawler.fetch;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Tells binary bodies from text whatever their label says: a known file signature (PNG, GIF, JPEG, WebP, PDF, zip,
 * gzip, bzip2, 7z, xz, OLE, ELF, Java class, MP4), or a sample where control bytes are more than 5 % and the
 * remaining bytes are not valid UTF-8. The second rule keeps HTML sprinkled with NUL bytes as text and turns away
 * random or compressed data, whose other bytes are no UTF-8; UTF-16 (with a BOM, or NULs on one side of each byte
 * pair) is text.
 */
public final class BinarySniffer {
    private static final int SAMPLE = 4096;
    private static final double CONTROL_RATIO = 0.05;
    private static final List<Signature> SIGNATURES = List.of(
            new Signature("png", 0, 0x89, 'P', 'N', 'G'),
            new Signature("gif", 0, 'G', 'I', 'F', '8'),
            new Signature("jpeg", 0, 0xFF, 0xD8, 0xFF),
            new Signature("webp", 8, 'W', 'E', 'B', 'P'),
            new Signature("pdf", 0, '%', 'P', 'D', 'F', '-'),
            new Signature("zip", 0, 'P', 'K', 0x03, 0x04),
            new Signature("gzip", 0, 0x1F, 0x8B),
            new Signature("bzip2", 0, 'B', 'Z', 'h'),
            new Signature("7z", 0, '7', 'z', 0xBC, 0xAF),
            new Signature("xz", 0, 0xFD, '7', 'z', 'X', 'Z'),
            new Signature("ole", 0, 0xD0, 0xCF, 0x11, 0xE0),
            new Signature("elf", 0, 0x7F, 'E', 'L', 'F'),
            new Signature("java-class", 0, 0xCA, 0xFE, 0xBA, 0xBE),
            new Signature("mp4", 4, 'f', 't', 'y', 'p'));

    private record Signature(String kind, int offset, int... bytes) {
        boolean matches(byte[] body) {
            if (body.length < offset + bytes.length) {
                return false;
            }
            for (int i = 0; i < bytes.length; i++) {
                if ((body[offset + i] & 0xFF) != bytes[i]) {
                    return false;
                }
            }
            return true;
        }
    }

    private BinarySniffer() {}

    /** What binary format the body is (e.g. {@code png}, {@code control-bytes=31%}), or empty for text. */
    public static Optional<String> binaryKind(byte[] body) {
        for (Signature signature : SIGNATURES) {
            if (signature.matches(body)) {
                return Optional.of(signature.kind());
            }
        }
        byte[] sample = Arrays.copyOf(body, Math.min(body.length, SAMPLE));
        return hasUnicodeBom(body) || looksLikeUtf16(sample) ? Optional.empty() : controlBytes(sample);
    }

    private static Optional<String> controlBytes(byte[] sample) {
        byte[] rest = new byte[sample.length];
        int kept = 0;
        for (byte b : sample) {
            if (!isControl(b & 0xFF)) {
                rest[kept++] = b;
            }
        }
        int control = sample.length - kept;
        if (sample.length == 0 || control < sample.length * CONTROL_RATIO || isUtf8(rest, kept)) {
            return Optional.empty();
        }
        return Optional.of("control-bytes=" + (100 * control / sample.length) + "%");
    }

    /** The WHATWG MIME-sniffing "binary data bytes"; ESC stays text because ISO-2022-JP uses it. */
    private static boolean isControl(int b) {
        return b <= 0x08 || b == 0x0B || (b >= 0x0E && b <= 0x1A) || (b >= 0x1C && b <= 0x1F);
    }

    /** Valid UTF-8, allowing a sequence cut off by the end of the sample. */
    private static boolean isUtf8(byte[] bytes, int length) {
        int i = 0;
        while (i < length) {
            int b = bytes[i] & 0xFF;
            int extra = b < 0x80 ? 0 : b >= 0xC2 && b <= 0xDF ? 1 : b >= 0xE0 && b <= 0xEF ? 2
                    : b >= 0xF0 && b <= 0xF4 ? 3 : -1;
            if (extra < 0) {
                return false;
            }
            for (int k = 1; k <= extra && i + k < length; k++) {
                if ((bytes[i + k] & 0xC0) != 0x80) {
                    return false;
                }
            }
            i += extra + 1;
        }
        return true;
    }

    /** UTF-16 without a BOM: its ASCII characters put NULs on one side of each byte pair only. */
    private static boolean looksLikeUtf16(byte[] sample) {
        int[] nuls = new int[2];
        for (int i = 0; i < sample.length; i++) {
            if (sample[i] == 0) {
                nuls[i % 2]++;
            }
        }
        int all = nuls[0] + nuls[1];
        return all >= sample.length * CONTROL_RATIO && Math.max(nuls[0], nuls[1]) >= all * 0.9;
    }

    private static boolean hasUnicodeBom(byte[] body) {
        return body.length >= 2 && ((body[0] == (byte) 0xFF && body[1] == (byte) 0xFE)
                || (body[0] == (byte) 0xFE && body[1] == (byte) 0xFF))
                || startsWith(body, new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF});
    }

    private static boolean startsWith(byte[] body, byte[] prefix) {
        return body.length >= prefix.length && Arrays.equals(body, 0, prefix.length, prefix, 0, prefix.length);
    }
}
