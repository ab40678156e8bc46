package gazette.core;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of a text after whitespace is collapsed, so reflowed but unchanged text hashes the same. */
public final class ContentHash {
    private ContentHash() {}

    public static String of(String text) {
        String normalized = text.strip().replaceAll("\\s+", " ");
        return HexFormat.of().formatHex(sha256().digest(normalized.getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK provides SHA-256", e);
        }
    }
}
