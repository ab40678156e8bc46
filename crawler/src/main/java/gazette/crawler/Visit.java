package gazette.crawler;

import gazette.core.Extracted;
import gazette.core.Extractor;
import gazette.core.FetchEvent;
import gazette.core.Fetched;
import gazette.core.Page;
import gazette.crawler.fetch.FetchException;
import gazette.crawler.fetch.Response;
import gazette.crawler.frontier.CrawlUrl;
import gazette.crawler.frontier.FetchOutcome;
import gazette.crawler.frontier.Frontier;
import gazette.crawler.history.FetchLog;
import gazette.crawler.robots.RobotsCache;
import java.net.URI;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Turns one frontier URL into a page or a recorded reason: robots, fetch with redirects (conditional when an earlier
 * run left validators), then by status: 304 ends without extraction; 429/503 with Retry-After holds the host back
 * and queues the URL again; 404/410 counts towards removal; other errors are recorded; 2xx is extracted and handed
 * to the sink, unless its canonical URL is another page of the crawl with the same text ({@link Canonicals}). Every
 * ending is appended to the fetch history.
 */
final class Visit {
    /** A page linking this many URLs lists others (an index, a news listing): it is revisited more often. */
    private static final int LISTING_LINKS = 30;

    /** The collaborators a visit needs. */
    record Parts(RobotsCache robots, RedirectChain redirects, Extractor extractor, PageWriter writer,
            Discovery discovery, Ledger ledger, Frontier frontier, RateLimits rateLimits, FetchLog history,
            Clock clock, int removeAfter, int maxRemovals, Set<String> seeds, SitemapHints hints,
            Canonicals canonicals) {}

    private final Parts p;
    private final AtomicInteger removals = new AtomicInteger();

    Visit(Parts parts) {
        this.p = parts;
    }

    /** True when the URL became a page. */
    boolean visit(CrawlUrl url) throws InterruptedException {
        return visit(url, null);
    }

    /**
     * {@code naming} is the page whose canonical {@code url} is, when it is fetched on that page's behalf: then its
     * own canonical is not followed further (one hop, so a chain of ever-new canonicals cannot recurse), it stands
     * for itself, and lists the naming page as an alias when it serves the same text.
     */
    private boolean visit(CrawlUrl url, Canonicals.Naming naming) throws InterruptedException {
        try {
            p.robots().forUrl(url.url()).check(url.url());
            return respond(url, p.redirects().fetch(url.url(), url.previous().validators()), naming);
        } catch (FetchException e) {
            skip(url, e.reason(), e.detail(), null);
            return false;
        }
    }

    private boolean respond(CrawlUrl url, Response response, Canonicals.Naming naming)
            throws FetchException, InterruptedException {
        if (response.isNotModified()) {
            notModified(url, response);
        } else if (RateLimits.applies(response)) {
            rateLimited(url, response);
        } else if (response.status() == 404 || response.status() == 410) {
            gone(url, response);
        } else if (!response.isSuccess()) {
            String at = response.url().equals(url.url()) ? "" : " at " + response.url();
            skip(url, SkipReason.HTTP_ERROR, "status=" + response.status() + at, response);
        } else {
            return page(url, response, naming);
        }
        return false;
    }

    private boolean page(CrawlUrl url, Response response, Canonicals.Naming naming)
            throws FetchException, InterruptedException {
        Extracted extracted = extract(response);
        Page page = Canonicals.Naming.aliasing(naming, page(response, extracted));
        Optional<URI> canonical = p.discovery().canonicalElsewhere(response.url(), url, extracted.canonical());
        if (canonical.isPresent() && naming == null) {
            Canonicals.Naming self = new Canonicals.Naming(url.url().toString(), page.contentHash());
            Canonicals.Verdict verdict = p.canonicals().decide(url, canonical.get(), page.contentHash(),
                    target -> visit(target, self));
            if (verdict.elsewhere()) {
                p.discovery().links(url, extracted.links());
                skip(url, SkipReason.CANONICAL, verdict.detail(), response);
                return verdict.fetchedNow();
            }
        }
        boolean listing = isSeed(url) || extracted.links().size() >= LISTING_LINKS;
        p.writer().write(page, url, outcome(response, page.contentHash(), listing),
                FetchEvents.page(url, page, response));
        p.ledger().page(url, response, page);
        p.discovery().links(url, extracted.links());
        return true;
    }

    private void notModified(CrawlUrl url, Response response) {
        p.ledger().skip(url.url().toString(), SkipReason.NOT_MODIFIED, "status=304");
        p.frontier().notModified(url, outcome(response, null, isSeed(url)));
        p.history().append(FetchEvents.notModified(url, response, p.clock().instant()));
    }

    private void rateLimited(CrawlUrl url, Response response) {
        RateLimits.Verdict verdict = p.rateLimits().limited(url, response);
        if (!verdict.retry()) {
            skip(url, SkipReason.RATE_LIMITED, verdict.detail(), response);
            return;
        }
        p.frontier().retryLater(url.with(url.previous().failedOnce()), SkipReason.RATE_LIMITED, verdict.detail());
        p.history().append(FetchEvents.skipped(url, p.clock().instant(), response, SkipReason.RATE_LIMITED,
                verdict.detail()));
    }

    /**
     * 404/410: removed once it answered so {@code removeAfter} times in a row and was a page before, unless this run
     * already removed {@code maxRemovals} pages (then the next run will).
     */
    private void gone(CrawlUrl url, Response response) {
        int count = url.previous().gone() + 1;
        String detail = "status=" + response.status() + " gone=" + count + "/" + p.removeAfter();
        FetchOutcome outcome = outcome(response, null, false);
        boolean remove = count >= p.removeAfter() && url.previous().contentHash() != null;
        if (remove && url.previous().removedAt() == null && removals.incrementAndGet() > p.maxRemovals()) {
            detail += " removal deferred: maxRemovals=" + p.maxRemovals() + " reached";
            remove = false;
        }
        if (!remove) {
            p.ledger().skip(url.url().toString(), SkipReason.HTTP_ERROR, detail);
            p.frontier().gone(url, outcome, detail);
            p.history().append(FetchEvents.skipped(url, outcome.at(), response, SkipReason.HTTP_ERROR,
                    detail));
            return;
        }
        p.writer().remove(url, outcome, detail, FetchEvents.removed(url, outcome.at(), response, detail));
        p.ledger().skip(url.url().toString(), SkipReason.GONE, detail);
    }

    private boolean isSeed(CrawlUrl url) {
        return p.seeds().contains(url.url().toString());
    }

    private void skip(CrawlUrl url, SkipReason reason, String detail, Response response) {
        p.ledger().skip(url.url().toString(), reason, detail);
        p.frontier().skipped(url, reason, detail);
        FetchEvent event = FetchEvents.skipped(url, p.clock().instant(), response, reason, detail);
        p.history().append(event);
    }

    private FetchOutcome outcome(Response response, String contentHash, boolean listing) {
        return new FetchOutcome(p.clock().instant(), response.status(), response.etag(), response.lastModified(),
                contentHash, listing);
    }

    private Extracted extract(Response response) throws FetchException {
        try {
            return p.extractor().extract(new Fetched(response.url(), response.body(), response.contentType(),
                    response.contentLanguage()));
        } catch (RuntimeException e) {
            throw new FetchException(response.url(), SkipReason.EXTRACTION_FAILED, e.toString());
        }
    }

    private Page page(Response response, Extracted extracted) {
        return new Page(response.url().toString(), response.url().getHost(), extracted.title(),
                extracted.published(), extracted.language(), extracted.text(), p.clock().instant(), null,
                p.hints().merged(response.url().toString(), extracted.alternates()));
    }
}
