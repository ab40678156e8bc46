package gazette.crawler;

import gazette.crawler.frontier.CrawlUrl;
import gazette.crawler.frontier.Frontier;
import gazette.crawler.scope.Partition;
import gazette.crawler.scope.Refusal;
import gazette.crawler.scope.Scope;
import gazette.crawler.scope.UrlNormalizer;
import gazette.crawler.scope.Urls;
import gazette.crawler.sitemap.SitemapEntry;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * The one way URLs enter the crawl (seeds, sitemap entries, links, canonical URLs): normalised, checked against the
 * scope and trap guards, and queued, or recorded once with the reason they were not. URLs of hosts another process
 * owns ({@link Partition}) are handed over to it through the shared frontier (queued there unless it has them); the
 * ones it would refuse are left for it to find and record.
 */
final class Discovery {
    private final UrlNormalizer normalizer;
    private final Scope scope;
    private final Partition partition;
    private final Frontier frontier;
    private final Ledger ledger;

    Discovery(UrlNormalizer normalizer, Scope scope, Partition partition, Frontier frontier, Ledger ledger) {
        this.normalizer = normalizer;
        this.scope = scope;
        this.partition = partition;
        this.frontier = frontier;
        this.ledger = ledger;
    }

    /**
     * Adds the links found on {@code from}, one hop deeper. Most links of a site point to pages it knows already,
     * spelt as the frontier keeps them: those are passed over before normalising, which would only find them known.
     */
    void links(CrawlUrl from, List<String> links) {
        String page = from.url().toString();
        for (String link : links) {
            if (!frontier.known(link)) {
                add(link, from.depth() + 1, page);
            }
        }
    }

    /** Adds a seed, sitemap entry or canonical URL. */
    void add(String raw, int depth) {
        add(raw, depth, null);
    }

    /**
     * Adds a sitemap entry at depth 0, keeping its hreflang alternates for the page; a URL known already is told the
     * entry's lastmod, which may spare it a refetch ({@code SITEMAP_UNCHANGED}) or bring it forward.
     */
    void sitemap(SitemapEntry entry, SitemapHints hints) {
        Optional<URI> url = normalizer.normalize(entry.url());
        url.ifPresent(u -> hints.alternates(u.toString(), entry.alternates()));
        if (url.isEmpty() || entry.lastModified() == null || !scope.contains(url.get())) {
            add(entry.url(), 0);
            return;
        }
        String key = url.get().toString();
        if (frontier.unchangedSince(key, entry.lastModified())) {
            ledger.skip(key, SkipReason.SITEMAP_UNCHANGED, "lastmod=" + entry.lastModified());
        } else {
            add(key, 0);
        }
    }

    /**
     * The page's {@code rel=canonical} when it names another URL than the one fetched ({@code page}) or requested
     * before redirects, which this process would crawl itself (in scope, let in by the patterns and trap guards at
     * the page's depth, on a host of its partition); else empty, and the page stands for itself.
     */
    Optional<URI> canonicalElsewhere(URI page, CrawlUrl requested, String canonical) {
        Optional<URI> target = normalizer.resolve(page, canonical);
        return target.filter(t -> !t.equals(page) && !t.equals(requested.url())
                && scope.refusal(t, requested.depth()).isEmpty() && partition.owns(Urls.hostKey(t)));
    }

    private void add(String raw, int depth, String from) {
        Optional<URI> url = normalizer.normalize(raw);
        if (url.isEmpty()) {
            if (frontier.claim(raw)) {
                ledger.skip(raw, SkipReason.INVALID_URL, "");
            }
            return;
        }
        CrawlUrl candidate = CrawlUrl.of(url.get(), depth, from);
        Optional<Refusal> refused = scope.refusal(url.get(), depth);
        if (scope.contains(url.get()) && !partition.owns(candidate.host())) {
            if (refused.isEmpty() && frontier.claim(url.get().toString())) {
                frontier.handOver(candidate);
            }
            return;
        }
        if (refused.isEmpty()) {
            frontier.offer(candidate);
        } else if (frontier.claim(url.get().toString())) {
            ledger.skip(url.get().toString(), refused.get().reason(), refused.get().detail());
            frontier.skipped(candidate, refused.get().reason(), refused.get().detail());
        }
    }
}
