package gazette.api.admin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;

/**
 * The bearer token that opens the admin API. Compared in constant time (digests of equal length, so neither the
 * content nor the length of the token leaks through timing), and never printed: {@link #toString} hides it.
 */
public final class AdminToken {
    private static final int MIN_LENGTH = 16;
    private final byte[] digest;

    private AdminToken(String token) {
        this.digest = sha256(token);
    }

    /**
     * @throws IllegalArgumentException when the token is shorter than 16 characters or contains whitespace
     */
    public static AdminToken of(String token) {
        Objects.requireNonNull(token, "token");
        if (token.length() < MIN_LENGTH || token.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("the admin token must be at least " + MIN_LENGTH
                    + " characters without spaces");
        }
        return new AdminToken(token);
    }

    /** Whether {@code presented} is this token. */
    public boolean matches(String presented) {
        return presented != null && MessageDigest.isEqual(digest, sha256(presented));
    }

    @Override
    public String toString() {
        return "AdminToken[hidden]";
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK provides SHA-256", e);
        }
    }
}
