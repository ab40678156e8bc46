package gazette.core;

import java.net.URI;
import java.util.Objects;

/**
 * A response body as fetched, before decoding: the extractor decides the charset from these bytes and headers
 * (header, then byte-order mark, then meta tag, then detection), so a file read from disk decodes the same way.
 *
 * @param url             the URL the body came from, after redirects; resolves relative links
 * @param body            the raw bytes
 * @param contentType     the {@code Content-Type} header, or null (files from disk)
 * @param contentLanguage the {@code Content-Language} header, or null
 */
public record Fetched(URI url, byte[] body, String contentType, String contentLanguage) {
    public Fetched {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(body, "body");
    }
}
