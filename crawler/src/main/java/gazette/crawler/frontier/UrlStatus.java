package gazette.crawler.frontier;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import gazette.crawler.SkipReason;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One URL's record in the crawl-status index (field names in snake case, as stored).
 *
 * @param url            the normalised URL
 * @param host           its host key
 * @param state          where it stands
 * @param depth          link hops from a seed
 * @param discoveredFrom the page it was found on, or null
 * @param lastFetch      when it was last fetched, or null
 * @param httpStatus     the status of the last fetch, or null
 * @param etag           the last {@code ETag}, or null
 * @param lastModified   the last {@code Last-Modified}, or null
 * @param contentHash    the hash of the last extracted text, or null
 * @param nextDue        when it may be fetched again, or null (queued now, or never)
 * @param failures       consecutive failed attempts
 * @param reason         the {@link SkipReason} name when it is not a page, or null
 * @param detail         specifics of the reason, or null
 * @param updated        when this record was written
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record UrlStatus(
        String url,
        String host,
        UrlState state,
        int depth,
        String discoveredFrom,
        Instant lastFetch,
        Integer httpStatus,
        String etag,
        String lastModified,
        String contentHash,
        Instant nextDue,
        int failures,
        String reason,
        String detail,
        Instant updated) {

    public UrlStatus {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(state, "state");
    }

    /** A new URL waiting for its turn. */
    static UrlStatus queued(CrawlUrl url, Instant now) {
        return of(url, UrlState.QUEUED, now).build();
    }

    /** A URL handed to a worker. */
    static UrlStatus fetching(CrawlUrl url, Instant now) {
        return of(url, UrlState.FETCHING, now).build();
    }

    /** A URL fetched successfully (a page acknowledged by the sink, or a 304). */
    static UrlStatus done(CrawlUrl url, FetchOutcome fetch, String reason, Instant nextDue) {
        return of(url, UrlState.DONE, fetch.at()).fetch(fetch).reason(reason, null).nextDue(nextDue).build();
    }

    /** A URL that ended without a page; failures count up and are retried at {@code nextDue}. */
    static UrlStatus settled(CrawlUrl url, SkipReason reason, String detail, Instant now, Instant nextDue) {
        int failures = reason.failure() ? url.previous().failures() + 1 : 0;
        return of(url, reason.failure() ? UrlState.FAILED : UrlState.SKIPPED, now)
                .reason(reason.name(), detail).failures(failures).nextDue(nextDue).build();
    }

    /** The frontier entry this record stands for, carrying what was learnt so far. */
    CrawlUrl crawlUrl() {
        Previous previous = new Previous(etag, lastModified, contentHash, failures);
        return new CrawlUrl(URI.create(url), host, depth, discoveredFrom, previous);
    }

    /** The document id: the SHA-256 of the URL, hex. */
    public static String id(String url) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(url.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK provides SHA-256", e);
        }
    }

    public String id() {
        return id(url);
    }

    private static Builder of(CrawlUrl url, UrlState state, Instant now) {
        return new Builder(url, state, now);
    }

    /** Fills a record from a frontier entry, keeping what earlier runs learnt unless a new fetch replaces it. */
    private static final class Builder {
        private final CrawlUrl url;
        private final UrlState state;
        private final Instant now;
        private Instant lastFetch;
        private Integer httpStatus;
        private String etag;
        private String lastModified;
        private String contentHash;
        private Instant nextDue;
        private int failures;
        private String reason;
        private String detail;

        Builder(CrawlUrl url, UrlState state, Instant now) {
            this.url = url;
            this.state = state;
            this.now = now;
            this.etag = url.previous().etag();
            this.lastModified = url.previous().lastModified();
            this.contentHash = url.previous().contentHash();
            this.failures = url.previous().failures();
        }

        Builder fetch(FetchOutcome fetch) {
            lastFetch = fetch.at();
            httpStatus = fetch.status();
            etag = fetch.etag() != null ? fetch.etag() : etag;
            lastModified = fetch.lastModified() != null ? fetch.lastModified() : lastModified;
            contentHash = fetch.contentHash() != null ? fetch.contentHash() : contentHash;
            failures = 0;
            return this;
        }

        Builder reason(String name, String text) {
            reason = name;
            detail = text;
            return this;
        }

        Builder failures(int count) {
            failures = count;
            return this;
        }

        Builder nextDue(Instant due) {
            nextDue = due;
            return this;
        }

        UrlStatus build() {
            return new UrlStatus(url.url().toString(), url.host(), state, url.depth(), url.from(), lastFetch,
                    httpStatus, etag, lastModified, contentHash, nextDue, failures, reason, detail, now);
        }
    }
}
