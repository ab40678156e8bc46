package gazette.crawler.frontier;

import gazette.crawler.scope.Urls;
import java.net.URI;
import java.util.Objects;

/**
 * A normalised URL waiting in, or handed out by, the frontier.
 *
 * @param url      the normalised URL, the URL's identity throughout the crawl
 * @param host     its host key ({@link Urls#hostKey})
 * @param depth    link hops from a seed; seeds and sitemap URLs are 0
 * @param from     the page it was found on, or null for seeds and sitemap entries
 * @param previous what earlier runs learnt about it; {@link Previous#NONE} for a new URL
 */
public record CrawlUrl(URI url, String host, int depth, String from, Previous previous) {
    public CrawlUrl {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(host, "host");
        previous = previous == null ? Previous.NONE : previous;
    }

    public static CrawlUrl of(URI url, int depth) {
        return of(url, depth, null);
    }

    public static CrawlUrl of(URI url, int depth, String from) {
        return new CrawlUrl(url, Urls.hostKey(url), depth, from, Previous.NONE);
    }

    /** The same URL carrying {@code learnt} instead of what it carried. */
    public CrawlUrl with(Previous learnt) {
        return new CrawlUrl(url, host, depth, from, learnt);
    }

    @Override
    public String toString() {
        return url + " (depth " + depth + ")";
    }
}
