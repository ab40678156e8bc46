package gazette.core;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * What ops ask to crawl: seeds (their hosts are the scope), a whole configured site, one section of a site (a URL
 * prefix: its known pages are fetched again, with the pages the section links to), or a list of URLs (fetched again,
 * no links followed); with a page budget and whether loopback and private addresses may be fetched.
 *
 * @param seeds        start URLs, or empty when the crawl names a site, a section or URLs
 * @param maxPages     the page budget; {@link #SITE_MAX_PAGES} takes the site's own
 * @param allowPrivate whether loopback and private addresses may be fetched (a site's own setting also counts)
 * @param site         the configured site to crawl (or whose politeness a section or URL list uses), or null
 * @param section      a URL prefix to recrawl, or null
 * @param urls         URLs to fetch again, or empty
 */
public record CrawlRequest(List<URI> seeds, int maxPages, boolean allowPrivate, String site, URI section,
        List<URI> urls) {
    public static final int MAX_PAGES_LIMIT = 1_000_000;
    /** The page budget of the named site (1000 when there is none). */
    public static final int SITE_MAX_PAGES = 0;

    public CrawlRequest {
        seeds = List.copyOf(Objects.requireNonNull(seeds, "seeds"));
        urls = List.copyOf(Objects.requireNonNull(urls, "urls"));
        int targets = (seeds.isEmpty() ? 0 : 1) + (section == null ? 0 : 1) + (urls.isEmpty() ? 0 : 1);
        if (targets > 1 || (targets == 0 && site == null)) {
            throw new IllegalArgumentException("a crawl needs exactly one of seeds, section or urls, or a site alone");
        }
        if (maxPages < SITE_MAX_PAGES || maxPages > MAX_PAGES_LIMIT) {
            throw new IllegalArgumentException("maxPages must be between 1 and " + MAX_PAGES_LIMIT);
        }
    }

    /** A crawl from seeds. */
    public CrawlRequest(List<URI> seeds, int maxPages, boolean allowPrivate) {
        this(seeds, maxPages, allowPrivate, null, null, List.of());
    }

    /** A crawl of the whole configured site {@code site}, within its own page budget. */
    public static CrawlRequest ofSite(String site) {
        return new CrawlRequest(List.of(), SITE_MAX_PAGES, false, Objects.requireNonNull(site, "site"), null,
                List.of());
    }
}
