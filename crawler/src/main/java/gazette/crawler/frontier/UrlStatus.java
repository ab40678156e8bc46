package gazette.crawler.frontier;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import gazette.crawler.SkipReason;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
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
 * @param gone           consecutive fetches answered 404 or 410
 * @param removedAt      when the page was marked removed after {@code gone} reached the limit, or null while live
 * @param revisitSeconds the adaptive revisit interval last chosen, in seconds, or null
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
        Instant updated,
        int gone,
        Instant removedAt,
        Long revisitSeconds) {

    public UrlStatus {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(state, "state");
    }

    /** A new URL waiting for its turn. */
    static UrlStatus queued(CrawlUrl url, Instant now) {
        return of(url, UrlState.QUEUED, now).build();
    }

    /** A URL fetched successfully (a page acknowledged by the sink, or a 304), due again after {@code revisit}. */
    static UrlStatus done(CrawlUrl url, FetchOutcome fetch, String reason, Duration revisit) {
        return of(url, UrlState.DONE, fetch.at()).fetch(fetch).reason(reason, null).nextDue(fetch.at().plus(revisit))
                .revisit(revisit).build();
    }

    /** A URL the crawl did not fetch, with a reason, keeping everything learnt before (e.g. sitemap lastmod). */
    static UrlStatus unchanged(CrawlUrl url, String reason, String detail, Instant now, Instant nextDue) {
        return of(url, UrlState.DONE, now).reason(reason, detail).nextDue(nextDue).build();
    }

    /** A URL that ended without a page; failures count up and are retried at {@code nextDue}. */
    static UrlStatus settled(CrawlUrl url, SkipReason reason, String detail, Instant now, Instant nextDue) {
        int failures = reason.failure() ? url.previous().failures() + 1 : 0;
        return of(url, reason.failure() ? UrlState.FAILED : UrlState.SKIPPED, now)
                .reason(reason.name(), detail).failures(failures).nextDue(nextDue).build();
    }

    /** A URL put back in the queue to be tried again at {@code nextDue} ({@code url} already counts the failure). */
    static UrlStatus retrying(CrawlUrl url, SkipReason reason, String detail, Instant now, Instant nextDue) {
        return of(url, UrlState.QUEUED, now).reason(reason.name(), detail).nextDue(nextDue).build();
    }

    /** A URL answering 404/410 that is not (yet) marked removed: one more gone fetch, one more failure. */
    static UrlStatus gone(CrawlUrl url, FetchOutcome fetch, String detail, Instant nextDue) {
        return of(url, UrlState.FAILED, fetch.at()).status(fetch).gone(url.previous().gone() + 1)
                .failures(url.previous().failures() + 1).reason(SkipReason.HTTP_ERROR.name(), detail)
                .nextDue(nextDue).build();
    }

    /** A page marked removed (since {@code removedAt}); still revisited at {@code nextDue} in case it comes back. */
    static UrlStatus removed(CrawlUrl url, FetchOutcome fetch, String detail, Instant removedAt, Instant nextDue) {
        return of(url, UrlState.REMOVED, fetch.at()).status(fetch).gone(url.previous().gone() + 1)
                .removedAt(removedAt).reason(SkipReason.GONE.name(), detail).nextDue(nextDue).build();
    }

    /** The frontier entry this record stands for, carrying what was learnt so far. */
    CrawlUrl crawlUrl() {
        Previous previous = new Previous(etag, lastModified, contentHash, failures, gone, removedAt,
                revisitSeconds == null ? null : Duration.ofSeconds(revisitSeconds), lastFetch, httpStatus);
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
        private int gone;
        private Instant removedAt;
        private Long revisitSeconds;

        Builder(CrawlUrl url, UrlState state, Instant now) {
            Previous previous = url.previous();
            this.url = url;
            this.state = state;
            this.now = now;
            this.lastFetch = previous.lastFetch();
            this.httpStatus = previous.httpStatus();
            this.etag = previous.etag();
            this.lastModified = previous.lastModified();
            this.contentHash = previous.contentHash();
            this.failures = previous.failures();
            this.gone = previous.gone();
            this.removedAt = previous.removedAt();
            this.revisitSeconds = previous.revisitEvery() == null ? null : previous.revisitEvery().toSeconds();
        }

        /** A successful fetch: validators and hash renewed, failure and gone counts reset, no longer removed. */
        Builder fetch(FetchOutcome fetch) {
            status(fetch);
            lastFetch = fetch.at();
            etag = fetch.etag() != null ? fetch.etag() : etag;
            lastModified = fetch.lastModified() != null ? fetch.lastModified() : lastModified;
            contentHash = fetch.contentHash() != null ? fetch.contentHash() : contentHash;
            failures = 0;
            gone = 0;
            removedAt = null;
            return this;
        }

        Builder status(FetchOutcome fetch) {
            httpStatus = fetch.status();
            return this;
        }

        Builder gone(int count) {
            gone = count;
            return this;
        }

        Builder removedAt(Instant at) {
            removedAt = at;
            return this;
        }

        Builder revisit(Duration every) {
            revisitSeconds = every.toSeconds();
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
                    httpStatus, etag, lastModified, contentHash, nextDue, failures, reason, detail, now, gone, removedAt,
                    revisitSeconds);
        }
    }
}
