package gazette.crawler.robots;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRules.RobotRulesMode;
import crawlercommons.robots.SimpleRobotRulesParser;
import gazette.crawler.SkipReason;
import gazette.crawler.fetch.FetchException;
import gazette.crawler.fetch.Fetcher;
import gazette.crawler.fetch.Response;
import gazette.crawler.scope.Urls;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches each origin's robots.txt once and keeps its rules for the crawl (RFC 9309): 2xx is parsed for our
 * product token, 4xx allows everything, 5xx or no answer refuses everything. Expiry and retry of unavailable files
 * belong to the frontier work; a crawl run is short enough to keep the first answer.
 */
public final class RobotsCache {
    private static final Logger LOG = LoggerFactory.getLogger(RobotsCache.class);
    private static final BaseRobotRules ALLOW_ALL = new SimpleRobotRules(RobotRulesMode.ALLOW_ALL);
    private static final BaseRobotRules ALLOW_NONE = new SimpleRobotRules(RobotRulesMode.ALLOW_NONE);

    private final Fetcher fetcher;
    private final String robotsName;
    private final int maxRedirects;
    private final Loaded onLoad;
    private final Map<String, CompletableFuture<HostRobots>> origins = new ConcurrentHashMap<>();

    /** Hears of each origin's robots.txt once, on the thread that fetched it, before that thread goes on. */
    @FunctionalInterface
    public interface Loaded {
        void loaded(HostRobots robots) throws InterruptedException;
    }

    public RobotsCache(Fetcher fetcher, String robotsName, int maxRedirects, Loaded onLoad) {
        this.fetcher = fetcher;
        this.robotsName = robotsName;
        this.maxRedirects = maxRedirects;
        this.onLoad = onLoad;
    }

    /** The robots of {@code url}'s origin, fetching them on first use; concurrent callers wait for one fetch. */
    public HostRobots forUrl(URI url) throws InterruptedException {
        String origin = Urls.origin(url);
        CompletableFuture<HostRobots> mine = new CompletableFuture<>();
        CompletableFuture<HostRobots> existing = origins.putIfAbsent(origin, mine);
        if (existing != null) {
            return join(existing);
        }
        try {
            HostRobots robots = load(origin);
            mine.complete(robots);
            onLoad.loaded(robots);
            return robots;
        } catch (InterruptedException | RuntimeException e) {
            origins.remove(origin, mine);
            mine.completeExceptionally(e);
            throw e;
        }
    }

    private HostRobots load(String origin) throws InterruptedException {
        URI url = URI.create(origin + "/robots.txt");
        try {
            for (int hop = 0; hop <= maxRedirects; hop++) {
                Response response = fetcher.get(url, Fetcher.Accept.ANY);
                if (!response.isRedirect()) {
                    return fromResponse(origin, response);
                }
                // RFC 9309 follows robots.txt redirects across hosts, so they are not held to the crawl's scope.
                url = url.resolve(response.location());
            }
            return allowAll(origin, "robots.txt redirects more than " + maxRedirects + " times");
        } catch (FetchException e) {
            SkipReason reason = e.reason() == SkipReason.PRIVATE_ADDRESS
                    ? SkipReason.PRIVATE_ADDRESS : SkipReason.ROBOTS_UNAVAILABLE;
            return refuseAll(origin, reason, "robots.txt " + e.reason() + " " + e.detail());
        } catch (IllegalArgumentException e) {
            return allowAll(origin, "robots.txt redirect target invalid");
        }
    }

    private HostRobots fromResponse(String origin, Response response) {
        int status = response.status();
        if (response.isSuccess()) {
            return parse(origin, response);
        }
        if (status >= 400 && status < 500) {
            return allowAll(origin, "robots.txt status=" + status);
        }
        return refuseAll(origin, SkipReason.ROBOTS_UNAVAILABLE, "robots.txt status=" + status);
    }

    private HostRobots parse(String origin, Response response) {
        // No parser cap on Crawl-delay: the parser would turn a long one into disallow-all; Politeness caps it.
        var parser = new SimpleRobotRulesParser(Long.MAX_VALUE, 5);
        BaseRobotRules rules = parser.parseContent(response.url().toString(), response.body(),
                response.contentType(), List.of(robotsName));
        long delay = rules.getCrawlDelay();
        Optional<Duration> crawlDelay = delay == BaseRobotRules.UNSET_CRAWL_DELAY || delay < 0
                ? Optional.empty() : Optional.of(Duration.ofMillis(delay));
        LOG.debug("robots origin={} status={} crawlDelay={} sitemaps={}", origin, response.status(),
                crawlDelay.orElse(null), rules.getSitemaps().size());
        return new HostRobots(origin, rules, null, "", crawlDelay, rules.getSitemaps());
    }

    private static HostRobots allowAll(String origin, String detail) {
        LOG.debug("robots origin={} allowAll detail=\"{}\"", origin, detail);
        return new HostRobots(origin, ALLOW_ALL, null, detail, Optional.empty(), List.of());
    }

    private static HostRobots refuseAll(String origin, SkipReason reason, String detail) {
        LOG.info("robots origin={} refused reason={} detail=\"{}\"", origin, reason, detail);
        return new HostRobots(origin, ALLOW_NONE, reason, detail, Optional.empty(), List.of());
    }

    private static HostRobots join(CompletableFuture<HostRobots> future) throws InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof InterruptedException) {
                throw new InterruptedException("robots.txt fetch was interrupted on another thread");
            }
            throw new IllegalStateException("robots.txt load failed", e.getCause());
        }
    }
}
