package gazette.crawler.scope;

import crawlercommons.filters.basic.BasicURLNormalizer;
import java.net.URI;
import java.util.Optional;

/**
 * One spelling per URL, so that a URL is known, fetched and recorded once: crawler-commons' normaliser (case, default
 * port, dot segments, escaping, sorted query, no fragment), restricted to absolute http(s) URLs.
 */
public final class UrlNormalizer {
    private final BasicURLNormalizer normalizer = new BasicURLNormalizer();

    /** The normalised URL, or empty when the text is not an absolute http(s) URL. */
    public Optional<URI> normalize(String url) {
        if (url == null) {
            return Optional.empty();
        }
        String normalized = normalizer.filter(url.strip());
        if (normalized == null) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(normalized);
            return Urls.isWeb(uri) ? Optional.of(uri) : Optional.empty();
        } catch (java.net.URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** {@code location} resolved against {@code base}, then normalised; for redirects and relative links. */
    public Optional<URI> resolve(URI base, String location) {
        if (location == null || location.isBlank()) {
            return Optional.empty();
        }
        try {
            return normalize(base.resolve(location.strip()).toString());
        } catch (IllegalArgumentException e) {
            return normalize(location);
        }
    }
}
