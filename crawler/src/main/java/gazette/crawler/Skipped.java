package gazette.crawler;

import java.util.Objects;

/**
 * A URL that did not become a page, and why.
 *
 * @param url    the normalised URL (or the raw link when it could not be normalised)
 * @param reason the named reason
 * @param detail human-readable specifics, e.g. {@code status=404} or the redirect target; never null
 */
public record Skipped(String url, SkipReason reason, String detail) {
    public Skipped {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(reason, "reason");
        detail = detail == null ? "" : detail;
    }
}
