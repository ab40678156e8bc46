package gazette.crawler.scope;

import java.net.URI;
import java.util.Locale;

/** The keys URLs are grouped by: host for scope and politeness, origin for robots.txt. */
public final class Urls {
    private Urls() {}

    /** Lower-case host, plus any non-default port: {@code example.org}, {@code 127.0.0.1:8080}. */
    public static String hostKey(URI url) {
        String host = url.getHost().toLowerCase(Locale.ROOT);
        return explicitPort(url) ? host + ":" + url.getPort() : host;
    }

    /** Scheme, host and port, as robots.txt is scoped (RFC 9309): {@code https://example.org}. */
    public static String origin(URI url) {
        return url.getScheme().toLowerCase(Locale.ROOT) + "://" + hostKey(url);
    }

    /** True for an absolute http(s) URL with a host. */
    public static boolean isWeb(URI url) {
        String scheme = url.getScheme();
        return url.getHost() != null && ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme));
    }

    private static boolean explicitPort(URI url) {
        int port = url.getPort();
        int standard = "https".equalsIgnoreCase(url.getScheme()) ? 443 : 80;
        return port != -1 && port != standard;
    }
}
