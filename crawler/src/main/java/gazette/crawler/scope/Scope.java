package gazette.crawler.scope;

import gazette.crawler.SkipReason;
import java.net.URI;
import java.util.Optional;
import java.util.Set;

/**
 * Which URLs belong to a crawl: those on the seeds' hosts, at most {@code maxDepth} link hops from a seed.
 * Include/exclude patterns per site and trap guards will join here.
 */
public final class Scope {
    private final Set<String> hosts;
    private final int maxDepth;

    public Scope(Set<String> hosts, int maxDepth) {
        this.hosts = Set.copyOf(hosts);
        this.maxDepth = maxDepth;
    }

    /** Empty when {@code url} at {@code depth} may be crawled, else the reason it may not. */
    public Optional<SkipReason> check(URI url, int depth) {
        if (!contains(url)) {
            return Optional.of(SkipReason.OUT_OF_SCOPE);
        }
        return depth > maxDepth ? Optional.of(SkipReason.TOO_DEEP) : Optional.empty();
    }

    /** True when {@code url} is on one of the crawl's hosts. */
    public boolean contains(URI url) {
        return Urls.isWeb(url) && hosts.contains(Urls.hostKey(url));
    }
}
