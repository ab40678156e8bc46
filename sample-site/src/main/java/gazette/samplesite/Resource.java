package gazette.samplesite;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/** A rendered response body with the validators a conditional GET compares against. */
record Resource(byte[] body, String contentType, Instant lastModified, String etag) {
    static final String HTML = "text/html; charset=utf-8";
    static final String TEXT = "text/plain; charset=utf-8";
    static final String XML = "application/xml; charset=utf-8";

    static Resource of(String body, String contentType, Instant lastModified) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return new Resource(bytes, contentType, lastModified, "\"" + digest(bytes) + "\"");
    }

    private static String digest(byte[] bytes) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(bytes);
            return HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
