package gazette.crawler.fetch;

import java.net.URI;
import java.time.Duration;

/**
 * One HTTP response. Only 2xx responses carry a body; redirects carry their {@code Location}.
 *
 * @param url             the URL requested
 * @param status          the HTTP status
 * @param contentType     the {@code Content-Type} header, or null
 * @param contentLanguage the {@code Content-Language} header, or null
 * @param location        the {@code Location} header, or null
 * @param etag            the {@code ETag} header, or null
 * @param lastModified    the {@code Last-Modified} header, or null
 * @param retryAfter      the {@code Retry-After} header (seconds or an HTTP date), or null
 * @param body            the body of a 2xx response, content-encoding undone; empty otherwise
 * @param elapsed         from sending the request to its last body byte (politeness wait excluded)
 */
public record Response(URI url, int status, String contentType, String contentLanguage, String location,
        String etag, String lastModified, String retryAfter, byte[] body, Duration elapsed) {
    public Response {
        body = body == null ? new byte[0] : body;
    }

    /** HTTP 304: the page is unchanged since the validators the request carried. */
    public boolean isNotModified() {
        return status == 304;
    }

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    /** A redirect status with a Location to follow. */
    public boolean isRedirect() {
        return (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) && location != null;
    }
}
