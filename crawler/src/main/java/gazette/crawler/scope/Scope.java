package gazette.crawler.scope;

import gazette.crawler.SkipReason;
import java.net.URI;
import java.util.Optional;
import java.util.Set;

/**
 * Which URLs belong to a crawl: those on the seeds' hosts, at most {@code maxDepth} link hops from a seed, let in by
 * the site's URL patterns and not caught by the trap guard.
 */
public final class Scope {
    private final Set<String> hosts;
    private final int maxDepth;
    private final TrapGuard traps;
    private final UrlFilter filter;

    public Scope(Set<String> hosts, int maxDepth, TrapGuard traps) {
        this(hosts, maxDepth, traps, UrlFilter.ALL);
    }

    public Scope(Set<String> hosts, int maxDepth, TrapGuard traps, UrlFilter filter) {
        this.hosts = Set.copyOf(hosts);
        this.maxDepth = maxDepth;
        this.traps = traps;
        this.filter = filter;
    }

    /** Empty when {@code url} at {@code depth} may be crawled, else the reason it may not, with specifics. */
    public Optional<Refusal> refusal(URI url, int depth) {
        if (!contains(url)) {
            return Optional.of(new Refusal(SkipReason.OUT_OF_SCOPE, "host=" + url.getHost()));
        }
        if (depth > maxDepth) {
            return Optional.of(new Refusal(SkipReason.TOO_DEEP, "depth=" + depth));
        }
        Optional<String> filtered = filter.refusal(url.toString());
        if (filtered.isPresent()) {
            return Optional.of(new Refusal(SkipReason.FILTERED, filtered.get()));
        }
        return traps.check(url);
    }

    /** Empty when {@code url} at {@code depth} may be crawled, else the reason it may not. */
    public Optional<SkipReason> check(URI url, int depth) {
        return refusal(url, depth).map(Refusal::reason);
    }

    /** True when {@code url} is on one of the crawl's hosts. */
    public boolean contains(URI url) {
        return Urls.isWeb(url) && hosts.contains(Urls.hostKey(url));
    }
}
