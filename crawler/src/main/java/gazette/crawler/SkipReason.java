package gazette.crawler;

/**
 * Why a URL did not become a page. Each URL ends with exactly one reason or one page; {@link #failure()} separates
 * errors worth retrying or investigating from URLs refused by a rule.
 */
public enum SkipReason {
    /** robots.txt disallows the URL for our user agent. */
    ROBOTS_DISALLOWED(false),
    /** robots.txt answered 5xx or could not be fetched; RFC 9309 says to assume nothing is allowed. */
    ROBOTS_UNAVAILABLE(true),
    /** The URL, or a redirect target, is on a host outside the crawl's scope. */
    OUT_OF_SCOPE(false),
    /** The URL is more link hops from a seed than the maximum depth. */
    TOO_DEEP(false),
    /** The site's URL patterns leave the URL out (no include matched, or an exclude did). */
    FILTERED(false),
    /** The URL cannot be parsed or normalised, or its scheme is not http(s). */
    INVALID_URL(false),
    /** The response is not HTML or XHTML. */
    NOT_HTML(false),
    /** The response body exceeds the size cap. */
    TOO_LARGE(false),
    /** The server answered with a status other than 2xx or a redirect. */
    HTTP_ERROR(true),
    /** A redirect chain came back to a URL already in it. */
    REDIRECT_LOOP(true),
    /** A redirect chain is longer than the hop limit. */
    TOO_MANY_REDIRECTS(true),
    /** The URL redirects to a URL this crawl already has. */
    DUPLICATE(false),
    /** The host resolves to a loopback, link-local or private address and private addresses are not allowed. */
    PRIVATE_ADDRESS(false),
    /** The request failed: DNS, connection, timeout or protocol error. */
    FETCH_FAILED(true),
    /** The extractor threw on the body. */
    EXTRACTION_FAILED(true),
    /** The page has not changed since the last fetch (HTTP 304): the indexed copy stands, nothing re-extracted. */
    NOT_MODIFIED(false),
    /** The server answered 429, or 503 with {@code Retry-After}, more often than the crawl retries within a run. */
    RATE_LIMITED(true),
    /** The page answered 404/410 on consecutive fetches and was marked removed (it stays searchable, so marked). */
    GONE(false),
    /**
     * The page names another URL of the crawl as its {@code rel=canonical}, which served the same text in this run
     * (fetched right after it) or is crawled on its own: the text is indexed under that URL only. The detail names it.
     */
    CANONICAL(false),
    /** The URL is longer than the trap guard's cap. */
    URL_TOO_LONG(false),
    /** A path segment repeats, as in {@code /a/b/a/b/a/b/}: a relative-link trap. */
    REPEATING_PATH(false),
    /** A calendar-style or ever-growing query string: dates far out of range, or too many parameters. */
    QUERY_TRAP(false),
    /** The sitemap's {@code lastmod} is not newer than the last fetch: the indexed copy stands, nothing fetched. */
    SITEMAP_UNCHANGED(false),
    /** The page limit was reached before the URL's turn. */
    LIMIT_REACHED(false),
    /** The crawl was stopped before the URL's turn. */
    STOPPED(false);

    private final boolean failure;

    SkipReason(boolean failure) {
        this.failure = failure;
    }

    /** True for errors (worth a retry or a look), false for URLs a rule refused. */
    public boolean failure() {
        return failure;
    }
}
