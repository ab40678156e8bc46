package gazette.crawler;

import gazette.crawler.frontier.CrawlUrl;
import gazette.crawler.frontier.Frontier;
import gazette.crawler.scope.Scope;
import gazette.crawler.scope.UrlNormalizer;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * The one way URLs enter the crawl (seeds, sitemap entries, links): normalised, checked against the scope, and
 * queued, or recorded once with the reason they were not.
 */
final class Discovery {
    private final UrlNormalizer normalizer;
    private final Scope scope;
    private final Frontier frontier;
    private final Ledger ledger;

    Discovery(UrlNormalizer normalizer, Scope scope, Frontier frontier, Ledger ledger) {
        this.normalizer = normalizer;
        this.scope = scope;
        this.frontier = frontier;
        this.ledger = ledger;
    }

    /** Adds the links found on {@code from}, one hop deeper. */
    void links(CrawlUrl from, List<String> links) {
        String page = from.url().toString();
        links.forEach(link -> add(link, from.depth() + 1, page));
    }

    /** Adds a seed or sitemap entry. */
    void add(String raw, int depth) {
        add(raw, depth, null);
    }

    private void add(String raw, int depth, String from) {
        Optional<URI> url = normalizer.normalize(raw);
        if (url.isEmpty()) {
            if (frontier.claim(raw)) {
                ledger.skip(raw, SkipReason.INVALID_URL, "");
            }
            return;
        }
        Optional<SkipReason> refused = scope.check(url.get(), depth);
        if (refused.isEmpty()) {
            frontier.offer(CrawlUrl.of(url.get(), depth, from));
        } else if (frontier.claim(url.get().toString())) {
            String detail = refused.get() == SkipReason.TOO_DEEP ? "depth=" + depth : "host=" + url.get().getHost();
            ledger.skip(url.get().toString(), refused.get(), detail);
            frontier.skipped(CrawlUrl.of(url.get(), depth, from), refused.get(), detail);
        }
    }
}
