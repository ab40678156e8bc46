package gazette.crawler.fetch;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * How pages are requested.
 *
 * @param userAgent      the User-Agent header; its product token (before the first {@code /}) is the name matched
 *                       against robots.txt groups
 * @param connectTimeout time allowed to open a connection
 * @param readTimeout    time allowed for a whole response, headers and body
 * @param maxBodyBytes   larger bodies are refused as {@code TOO_LARGE}
 * @param maxRedirects   redirect hops followed before {@code TOO_MANY_REDIRECTS}
 * @param allowPrivate   whether loopback, link-local and private addresses may be fetched (tests, the demo)
 */
public record FetchSettings(
        String userAgent,
        Duration connectTimeout,
        Duration readTimeout,
        int maxBodyBytes,
        int maxRedirects,
        boolean allowPrivate) {

    public static final String DEFAULT_USER_AGENT = "GazetteBot/0.1 (+https://github.com/gazette)";

    public FetchSettings {
        Objects.requireNonNull(userAgent, "userAgent");
        if (userAgent.isBlank() || userAgent.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw new IllegalArgumentException("userAgent must be non-blank printable text: '" + userAgent + "'");
        }
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(readTimeout, "readTimeout");
        if (maxBodyBytes < 1 || maxBodyBytes > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("maxBodyBytes must be between 1 and ~2 GB, was " + maxBodyBytes);
        }
        if (maxRedirects < 0 || maxRedirects > 20) {
            throw new IllegalArgumentException("maxRedirects must be between 0 and 20, was " + maxRedirects);
        }
    }

    /** 10 s to connect, 30 s per response, 10 MiB bodies, 5 redirect hops, public addresses only. */
    public static FetchSettings defaults() {
        return new FetchSettings(DEFAULT_USER_AGENT, Duration.ofSeconds(10), Duration.ofSeconds(30),
                10 * 1024 * 1024, 5, false);
    }

    /** The robots.txt name: the User-Agent's product token, lower case, e.g. {@code gazettebot}. */
    public String robotsName() {
        return userAgent.strip().split("[/\\s]", 2)[0].toLowerCase(Locale.ROOT);
    }

    public FetchSettings withUserAgent(String agent) {
        return new FetchSettings(agent, connectTimeout, readTimeout, maxBodyBytes, maxRedirects, allowPrivate);
    }

    public FetchSettings withTimeouts(Duration connect, Duration read) {
        return new FetchSettings(userAgent, connect, read, maxBodyBytes, maxRedirects, allowPrivate);
    }

    public FetchSettings withMaxBodyBytes(int max) {
        return new FetchSettings(userAgent, connectTimeout, readTimeout, max, maxRedirects, allowPrivate);
    }

    public FetchSettings withMaxRedirects(int max) {
        return new FetchSettings(userAgent, connectTimeout, readTimeout, maxBodyBytes, max, allowPrivate);
    }

    public FetchSettings withAllowPrivate(boolean allow) {
        return new FetchSettings(userAgent, connectTimeout, readTimeout, maxBodyBytes, maxRedirects, allow);
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, was " + duration);
        }
    }
}
