package gazette.crawler;

import gazette.core.Page;
import gazette.crawler.frontier.CrawlUrl;
import gazette.crawler.frontier.Frontier;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides where a page naming another URL as its {@code rel=canonical} is indexed. Its text is never indexed under
 * the canonical URL unseen: CMSs that name the home page (or page 1 of a series) as every page's canonical are common,
 * and trusting them would fold a site into one document. So the canonical is fetched itself, at once when the crawl
 * does not know it yet, and the page is left out ({@code CANONICAL}) only when the canonical became a page with the
 * same text (fetched on the page's behalf, the canonical's document then lists the page's URL: {@link Naming});
 * otherwise the page is indexed under its own URL as well. When the canonical is known but not fetched in
 * this run (queued, or crawled by an earlier one), the declaration is trusted, unless the page itself was indexed
 * before: then it stays so until a run sees the canonical serve its text.
 */
final class Canonicals {
    private static final Logger LOG = LoggerFactory.getLogger(Canonicals.class);

    /** Visits a URL the frontier did not hand out (it is claimed already); true when it became a page. */
    @FunctionalInterface
    interface Fetch {
        boolean now(CrawlUrl url) throws InterruptedException;
    }

    /**
     * A page naming another URL as its canonical, while that URL is fetched on its behalf.
     *
     * @param url  the naming page's frontier URL, the one its {@code CANONICAL} record is kept under
     * @param hash the naming page's text hash
     */
    record Naming(String url, String hash) {
        /**
         * The canonical's page, listing the naming page as an alias when both serve the same text: the naming page
         * is then left out ({@link #decide} finds the same hash), and its URL still finds the text.
         */
        static Page aliasing(Naming naming, Page canonical) {
            return naming != null && naming.hash.equals(canonical.contentHash())
                    ? canonical.withAliases(List.of(naming.url)) : canonical;
        }
    }

    /**
     * The outcome for the page.
     *
     * @param elsewhere  true: the page is not indexed itself, {@code detail} says where its text is
     * @param fetchedNow true when the canonical was fetched (and became a page) during this decision
     */
    record Verdict(boolean elsewhere, boolean fetchedNow, String detail) {}

    private final Frontier frontier;
    private final Ledger ledger;

    Canonicals(Frontier frontier, Ledger ledger) {
        this.frontier = frontier;
        this.ledger = ledger;
    }

    /** Where the text {@code hash} of {@code page}, whose canonical is {@code canonical}, belongs. */
    Verdict decide(CrawlUrl page, URI canonical, String hash, Fetch fetch) throws InterruptedException {
        String target = canonical.toString();
        boolean unknown = frontier.claim(target);
        boolean fetchedNow = unknown && fetch.now(CrawlUrl.of(canonical, page.depth(), page.url().toString()));
        Optional<String> there = ledger.pageHash(target);
        if (there.isPresent()) {
            return there.get().equals(hash) ? new Verdict(true, fetchedNow, "canonical=" + target + " same text")
                    : own(page, fetchedNow, "canonical=" + target + " has other text");
        }
        if (unknown) {
            return own(page, false, "canonical=" + target + " did not become a page");
        }
        if (page.previous().contentHash() == null) {
            return new Verdict(true, false, "canonical=" + target + " crawled on its own");
        }
        return own(page, false, "canonical=" + target + " not fetched in this run; indexed before");
    }

    private static Verdict own(CrawlUrl page, boolean fetchedNow, String detail) {
        LOG.info("canonical_ignored url={} detail=\"{}\"", page.url(), detail);
        return new Verdict(false, fetchedNow, detail);
    }
}
