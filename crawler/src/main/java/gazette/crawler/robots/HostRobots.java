package gazette.crawler.robots;

import crawlercommons.robots.BaseRobotRules;
import gazette.crawler.SkipReason;
import gazette.crawler.fetch.FetchException;
import gazette.crawler.scope.Urls;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What one origin's robots.txt says to us: its rules, or the reason nothing on it may be fetched.
 *
 * @param origin     e.g. {@code https://example.org}
 * @param rules      the parsed rules; allow-all when robots.txt is missing
 * @param refusal    when set, every URL of the origin is refused with it (robots.txt unavailable, private address)
 * @param detail     specifics of the refusal, e.g. {@code robots.txt status=503}
 * @param crawlDelay the Crawl-delay for our group, if any
 * @param sitemaps   the {@code Sitemap:} URLs it lists
 */
public record HostRobots(
        String origin,
        BaseRobotRules rules,
        SkipReason refusal,
        String detail,
        Optional<Duration> crawlDelay,
        List<String> sitemaps) {

    public HostRobots {
        sitemaps = List.copyOf(sitemaps);
    }

    /** The host key of the origin, as politeness knows it. */
    public String host() {
        return Urls.hostKey(URI.create(origin));
    }

    /** Passes when {@code url} may be fetched, else throws with the reason. */
    public void check(URI url) throws FetchException {
        if (refusal != null) {
            throw new FetchException(url, refusal, detail);
        }
        if (!rules.isAllowed(url.toString())) {
            throw new FetchException(url, SkipReason.ROBOTS_DISALLOWED, origin + "/robots.txt");
        }
    }
}
