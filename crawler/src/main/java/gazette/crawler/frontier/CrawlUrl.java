package gazette.crawler.frontier;

import gazette.crawler.scope.Urls;
import java.net.URI;
import java.util.Objects;

/**
 * A normalised URL waiting in, or handed out by, the frontier.
 *
 * @param url   the normalised URL, the URL's identity throughout the crawl
 * @param host  its host key ({@link Urls#hostKey})
 * @param depth link hops from a seed; seeds and sitemap URLs are 0
 */
public record CrawlUrl(URI url, String host, int depth) {
    public CrawlUrl {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(host, "host");
    }

    public static CrawlUrl of(URI url, int depth) {
        return new CrawlUrl(url, Urls.hostKey(url), depth);
    }

    @Override
    public String toString() {
        return url + " (depth " + depth + ")";
    }
}
