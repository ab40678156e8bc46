package gazette.crawler;

import gazette.crawler.fetch.FetchException;
import gazette.crawler.fetch.Fetcher;
import gazette.crawler.fetch.Response;
import gazette.crawler.fetch.Validators;
import gazette.crawler.frontier.Frontier;
import gazette.crawler.robots.RobotsCache;
import gazette.crawler.scope.Scope;
import gazette.crawler.scope.UrlNormalizer;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Fetches a page, following redirects hop by hop: each target must be new to the chain (else a loop), within the
 * hop limit, in scope, allowed by robots.txt, and new to the crawl (else a duplicate of a URL crawled on its own).
 * The address guard and politeness apply to every hop because every hop goes through the fetcher.
 */
final class RedirectChain {
    private final Fetcher fetcher;
    private final UrlNormalizer normalizer;
    private final Scope scope;
    private final RobotsCache robots;
    private final Frontier frontier;
    private final int maxRedirects;

    RedirectChain(Fetcher fetcher, UrlNormalizer normalizer, Scope scope, RobotsCache robots, Frontier frontier,
            int maxRedirects) {
        this.fetcher = fetcher;
        this.normalizer = normalizer;
        this.scope = scope;
        this.robots = robots;
        this.frontier = frontier;
        this.maxRedirects = maxRedirects;
    }

    /**
     * The final, non-redirect response for {@code start}; its {@code url()} is where the page really lives. The
     * validators go with the first request only: they belong to {@code start}'s last response.
     */
    Response fetch(URI start, Validators validators) throws FetchException, InterruptedException {
        Set<URI> chain = new LinkedHashSet<>();
        chain.add(start);
        URI current = start;
        while (true) {
            Validators conditional = current == start ? validators : Validators.NONE;
            Response response = fetcher.get(current, Fetcher.Accept.HTML, conditional);
            if (!response.isRedirect()) {
                return response;
            }
            URI target = target(start, response);
            if (!chain.add(target)) {
                throw new FetchException(start, SkipReason.REDIRECT_LOOP, "chain=" + chain + " -> " + target);
            }
            if (chain.size() - 1 > maxRedirects) {
                throw new FetchException(start, SkipReason.TOO_MANY_REDIRECTS, "chain=" + chain);
            }
            admit(start, target);
            current = target;
        }
    }

    private URI target(URI start, Response response) throws FetchException {
        return normalizer.resolve(response.url(), response.location()).orElseThrow(() ->
                new FetchException(start, SkipReason.INVALID_URL, "redirects to " + response.location()));
    }

    private void admit(URI start, URI target) throws FetchException, InterruptedException {
        String redirect = "redirects to " + target;
        if (!scope.contains(target)) {
            throw new FetchException(start, SkipReason.OUT_OF_SCOPE, redirect);
        }
        try {
            robots.forUrl(target).check(target);
        } catch (FetchException e) {
            throw new FetchException(start, e.reason(), redirect + "; " + e.detail());
        }
        if (!frontier.claim(target.toString())) {
            throw new FetchException(start, SkipReason.DUPLICATE, redirect + ", already known");
        }
    }
}
