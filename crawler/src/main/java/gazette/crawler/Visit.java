package gazette.crawler;

import gazette.core.Extracted;
import gazette.core.Extractor;
import gazette.core.Fetched;
import gazette.core.Page;
import gazette.crawler.fetch.FetchException;
import gazette.crawler.fetch.Response;
import gazette.crawler.frontier.CrawlUrl;
import gazette.crawler.frontier.FetchOutcome;
import gazette.crawler.frontier.Frontier;
import gazette.crawler.robots.RobotsCache;
import java.time.Clock;

/**
 * Turns one frontier URL into a page or a recorded reason: robots, fetch with redirects (conditional when an earlier
 * run left validators), extract, sink, links. A 304 ends the visit without extraction.
 */
final class Visit {
    private final RobotsCache robots;
    private final RedirectChain redirects;
    private final Extractor extractor;
    private final PageWriter writer;
    private final Discovery discovery;
    private final Ledger ledger;
    private final Frontier frontier;
    private final Clock clock;

    Visit(RobotsCache robots, RedirectChain redirects, Extractor extractor, PageWriter writer, Discovery discovery,
            Ledger ledger, Frontier frontier, Clock clock) {
        this.robots = robots;
        this.redirects = redirects;
        this.extractor = extractor;
        this.writer = writer;
        this.discovery = discovery;
        this.ledger = ledger;
        this.frontier = frontier;
        this.clock = clock;
    }

    /** True when the URL became a page. */
    boolean visit(CrawlUrl url) throws InterruptedException {
        try {
            robots.forUrl(url.url()).check(url.url());
            Response response = redirects.fetch(url.url(), url.previous().validators());
            if (response.isNotModified()) {
                notModified(url, response);
                return false;
            }
            if (!response.isSuccess()) {
                String at = response.url().equals(url.url()) ? "" : " at " + response.url();
                throw new FetchException(response.url(), SkipReason.HTTP_ERROR, "status=" + response.status() + at);
            }
            Extracted extracted = extract(response);
            Page page = page(response, extracted);
            writer.write(page, url, outcome(response, page.contentHash()));
            ledger.page(url, response, page);
            discovery.links(url, extracted.links());
            return true;
        } catch (FetchException e) {
            ledger.skip(url.url().toString(), e.reason(), e.detail());
            frontier.skipped(url, e.reason(), e.detail());
            return false;
        }
    }

    private void notModified(CrawlUrl url, Response response) {
        ledger.skip(url.url().toString(), SkipReason.NOT_MODIFIED, "status=304");
        frontier.notModified(url, outcome(response, null));
    }

    private FetchOutcome outcome(Response response, String contentHash) {
        return new FetchOutcome(clock.instant(), response.status(), response.etag(), response.lastModified(),
                contentHash);
    }

    private Extracted extract(Response response) throws FetchException {
        try {
            return extractor.extract(new Fetched(response.url(), response.body(), response.contentType(),
                    response.contentLanguage()));
        } catch (RuntimeException e) {
            throw new FetchException(response.url(), SkipReason.EXTRACTION_FAILED, e.toString());
        }
    }

    private Page page(Response response, Extracted extracted) {
        return new Page(response.url().toString(), response.url().getHost(), extracted.title(),
                extracted.published(), extracted.language(), extracted.text(), clock.instant(), null,
                extracted.alternates());
    }
}
