package gazette.core;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * What ops ask to crawl: the seeds (their hosts are the scope), a page budget, and whether loopback and private
 * addresses may be fetched.
 */
public record CrawlRequest(List<URI> seeds, int maxPages, boolean allowPrivate) {
    public static final int MAX_PAGES_LIMIT = 1_000_000;

    public CrawlRequest {
        seeds = List.copyOf(Objects.requireNonNull(seeds, "seeds"));
        if (seeds.isEmpty()) {
            throw new IllegalArgumentException("at least one seed URL is needed");
        }
        if (maxPages < 1 || maxPages > MAX_PAGES_LIMIT) {
            throw new IllegalArgumentException("maxPages must be between 1 and " + MAX_PAGES_LIMIT);
        }
    }
}
