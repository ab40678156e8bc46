package gazette.crawler.sitemap;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import crawlercommons.sitemaps.extension.Extension;
import crawlercommons.sitemaps.extension.ExtensionMetadata;
import crawlercommons.sitemaps.extension.LinkAttributes;
import crawlercommons.sitemaps.extension.NewsAttributes;
import gazette.core.Page;
import gazette.crawler.SkipReason;
import gazette.crawler.fetch.FetchException;
import gazette.crawler.fetch.Fetcher;
import gazette.crawler.fetch.Response;
import gazette.crawler.robots.RobotsCache;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the pages out of sitemaps (XML, text, RSS/Atom; gzipped or not), following sitemap indexes up to a bounded
 * number of files, with each page's {@code lastmod} (a news sitemap's publication date when it has none) and its
 * {@code hreflang} alternates. Every sitemap request is a crawler request like any other: robots.txt of its origin
 * must allow it, and so must the robots.txt of each redirect target, which must also be in scope. A sitemap that
 * cannot be read is logged and handed to {@link Skips}: sitemaps only add seeds.
 */
public final class SitemapReader {
    private static final Logger LOG = LoggerFactory.getLogger(SitemapReader.class);

    /** Hears of each sitemap not fetched, with the reason (robots.txt, scope, redirects, network). */
    @FunctionalInterface
    public interface Skips {
        void skipped(URI sitemap, SkipReason reason, String detail);
    }

    private final Fetcher fetcher;
    private final RobotsCache robots;
    private final int maxFiles;
    private final int maxRedirects;
    private final Skips skips;
    // Not strict: sitemaps in a subfolder often list pages elsewhere on the host; scope filters hosts anyway.
    private final SiteMapParser parser = new SiteMapParser(false);

    public SitemapReader(Fetcher fetcher, RobotsCache robots, int maxFiles, int maxRedirects, Skips skips) {
        this.fetcher = fetcher;
        this.robots = robots;
        this.maxFiles = maxFiles;
        this.maxRedirects = maxRedirects;
        this.skips = skips;
        parser.enableExtension(Extension.NEWS);
        parser.enableExtension(Extension.LINKS);
    }

    /** The pages listed by {@code sitemaps} and the indexes among them, in order; only in-scope files are read. */
    public List<SitemapEntry> pages(List<String> sitemaps, Predicate<URI> inScope) throws InterruptedException {
        Deque<URI> files = new ArrayDeque<>();
        sitemaps.forEach(s -> toUri(s).filter(inScope).ifPresent(files::add));
        Set<URI> read = new HashSet<>();
        List<SitemapEntry> pages = new ArrayList<>();
        while (!files.isEmpty() && read.size() < maxFiles) {
            URI file = files.poll();
            if (read.add(file)) {
                parse(file, inScope).ifPresent(map -> collect(map, files, pages, inScope));
            }
        }
        return pages;
    }

    private Optional<AbstractSiteMap> parse(URI file, Predicate<URI> inScope) throws InterruptedException {
        try {
            Response response = fetch(file, inScope);
            if (!response.isSuccess()) {
                LOG.info("sitemap url={} skipped status={}", file, response.status());
                return Optional.empty();
            }
            // Relative entries resolve against where the sitemap really is, after redirects.
            return Optional.of(parser.parseSiteMap(response.contentType(), response.body(), response.url().toURL()));
        } catch (FetchException e) {
            LOG.info("sitemap url={} skipped reason={} detail=\"{}\"", file, e.reason(), e.detail());
            skips.skipped(file, e.reason(), "sitemap: " + e.detail());
        } catch (IOException | UnknownFormatException | IllegalArgumentException e) {
            LOG.info("sitemap url={} unreadable error=\"{}\"", file, e.getMessage());
        }
        return Optional.empty();
    }

    /** The sitemap's final response, each hop allowed by its robots.txt, redirect targets in scope. */
    private Response fetch(URI file, Predicate<URI> inScope) throws FetchException, InterruptedException {
        URI current = file;
        for (int hop = 0; ; hop++) {
            allowed(file, current);
            Response response = fetcher.get(current, Fetcher.Accept.ANY);
            if (!response.isRedirect()) {
                return response;
            }
            if (hop == maxRedirects) {
                throw new FetchException(file, SkipReason.TOO_MANY_REDIRECTS, "more than " + maxRedirects + " hops");
            }
            URI target = toUri(response.location()).map(current::resolve).orElseThrow(() ->
                    new FetchException(file, SkipReason.INVALID_URL, "redirects to " + response.location()));
            if (!inScope.test(target)) {
                throw new FetchException(file, SkipReason.OUT_OF_SCOPE, "redirects to " + target);
            }
            current = target;
        }
    }

    private void allowed(URI file, URI hop) throws FetchException, InterruptedException {
        try {
            robots.forUrl(hop).check(hop);
        } catch (FetchException e) {
            String via = hop.equals(file) ? "" : "redirects to " + hop + "; ";
            throw new FetchException(file, e.reason(), via + e.detail());
        }
    }

    private static void collect(AbstractSiteMap map, Deque<URI> files, List<SitemapEntry> pages,
            Predicate<URI> inScope) {
        if (map instanceof SiteMapIndex index) {
            index.getSitemaps().forEach(child ->
                    toUri(child.getUrl().toString()).filter(inScope).ifPresent(files::add));
            LOG.debug("sitemap url={} index=true sitemaps={}", map.getUrl(), index.getSitemaps().size());
        } else if (map instanceof SiteMap siteMap) {
            siteMap.getSiteMapUrls().stream().map(SitemapReader::entry).forEach(pages::add);
            LOG.debug("sitemap url={} index=false urls={}", map.getUrl(), siteMap.getSiteMapUrls().size());
        }
    }

    private static SitemapEntry entry(SiteMapURL url) {
        Instant lastmod = url.getLastModified() == null ? null : url.getLastModified().toInstant();
        if (lastmod == null) {
            lastmod = published(url.getAttributesForExtension(Extension.NEWS));
        }
        return new SitemapEntry(url.getUrl().toString(), lastmod,
                alternates(url.getUrl().toString(), url.getAttributesForExtension(Extension.LINKS)));
    }

    private static Instant published(ExtensionMetadata[] news) {
        if (news != null) {
            for (ExtensionMetadata item : news) {
                if (item instanceof NewsAttributes n && n.getPublicationDate() != null) {
                    return n.getPublicationDate().toInstant();
                }
            }
        }
        return null;
    }

    /** {@code <xhtml:link rel="alternate" hreflang="…" href="…">}, except the page itself. */
    private static List<Page.Alternate> alternates(String self, ExtensionMetadata[] links) {
        List<Page.Alternate> alternates = new ArrayList<>();
        for (ExtensionMetadata item : links == null ? new ExtensionMetadata[0] : links) {
            if (item instanceof LinkAttributes link && link.getHref() != null && link.getParams() != null
                    && "alternate".equalsIgnoreCase(link.getParams().get("rel"))
                    && link.getParams().get("hreflang") != null && !link.getHref().toString().equals(self)) {
                alternates.add(new Page.Alternate(link.getParams().get("hreflang"), link.getHref().toString()));
            }
        }
        return alternates;
    }

    private static Optional<URI> toUri(String url) {
        try {
            return Optional.of(new URI(url));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
