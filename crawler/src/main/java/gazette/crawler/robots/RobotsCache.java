package gazette.crawler.robots;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRules.RobotRulesMode;
import crawlercommons.robots.SimpleRobotRulesParser;
import gazette.crawler.SkipReason;
import gazette.crawler.fetch.FetchException;
import gazette.crawler.fetch.Fetcher;
import gazette.crawler.fetch.Response;
import gazette.crawler.politeness.Sleeper;
import gazette.crawler.scope.Urls;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches each origin's robots.txt and keeps its rules (RFC 9309): 2xx is parsed for our product token, 4xx allows
 * everything, 5xx or no answer is retried with backoff (30 s, then 60 s) and, if it stays unavailable, refuses
 * everything until it is tried again {@link #RETRY_UNAVAILABLE} later. Answers expire after {@link #EXPIRY}.
 *
 * <p>What a 2xx body means follows crawler-commons, which we keep as the one interpretation: only its first 500 KiB
 * are read (a larger file is cut there, as Google does, rather than refused); gzip is undone; lines that are no
 * directive are ignored (RFC 9309 2.2), so an HTML page or random bytes served as robots.txt yield no rule and allow
 * everything; directives lacking their colon ({@code Disallow /x}) are read as meant, as Google's parser does.
 */
public final class RobotsCache {
    private static final Logger LOG = LoggerFactory.getLogger(RobotsCache.class);
    private static final BaseRobotRules ALLOW_ALL = new SimpleRobotRules(RobotRulesMode.ALLOW_ALL);
    private static final BaseRobotRules ALLOW_NONE = new SimpleRobotRules(RobotRulesMode.ALLOW_NONE);
    /** How long an answer is kept; RFC 9309 asks crawlers not to cache robots.txt for more than 24 hours. */
    static final Duration EXPIRY = Duration.ofHours(24);
    /** How long an origin whose robots.txt stayed unavailable is refused before it is tried again. */
    static final Duration RETRY_UNAVAILABLE = Duration.ofMinutes(10);
    private static final List<Duration> BACKOFF = List.of(Duration.ofSeconds(30), Duration.ofSeconds(60));

    private final Fetcher fetcher;
    private final String robotsName;
    private final int maxRedirects;
    private final Loaded onLoad;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Map<String, Cached> origins = new ConcurrentHashMap<>();
    private final Map<String, Instant> retrying = new ConcurrentHashMap<>();

    /** One origin's answer and when it must be fetched again. */
    private record Cached(CompletableFuture<HostRobots> robots, AtomicReference<Instant> expires) {
        boolean expired(Instant now) {
            Instant at = expires.get();
            return at != null && !now.isBefore(at);
        }
    }

    /** Hears of each origin's robots.txt once, on the thread that fetched it, before that thread goes on. */
    @FunctionalInterface
    public interface Loaded {
        void loaded(HostRobots robots) throws InterruptedException;
    }

    /** {@code clock} dates answers for expiry; {@code sleeper} waits out the backoff between retries. */
    public RobotsCache(Fetcher fetcher, String robotsName, int maxRedirects, Loaded onLoad, Clock clock,
            Sleeper sleeper) {
        this.fetcher = fetcher;
        this.robotsName = robotsName;
        this.maxRedirects = maxRedirects;
        this.onLoad = onLoad;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /** The robots of {@code url}'s origin, fetched on first use and after expiry; concurrent callers share one. */
    public HostRobots forUrl(URI url) throws InterruptedException {
        String origin = Urls.origin(url);
        Cached known = origins.get(origin);
        if (known != null && !known.expired(clock.instant())) {
            return join(known.robots()); // every URL asks: only the first of an origin (or after expiry) locks
        }
        Cached mine = new Cached(new CompletableFuture<>(), new AtomicReference<>());
        Cached existing = origins.compute(origin, (o, old) -> old == null || old.expired(clock.instant()) ? mine : old);
        if (existing != mine) {
            return join(existing.robots());
        }
        try {
            HostRobots robots = loadWithRetries(origin);
            Duration keep = robots.refusal() == SkipReason.ROBOTS_UNAVAILABLE ? RETRY_UNAVAILABLE : EXPIRY;
            mine.expires().set(clock.instant().plus(keep));
            mine.robots().complete(robots);
            onLoad.loaded(robots);
            return robots;
        } catch (InterruptedException | RuntimeException e) {
            origins.remove(origin, mine);
            mine.robots().completeExceptionally(e);
            throw e;
        }
    }

    /** The hosts whose robots.txt is waiting out a backoff now, with when it is tried again. */
    public Map<String, Instant> retrying() {
        return Map.copyOf(retrying);
    }

    /** 5xx and unreachable robots.txt are tried again after each backoff before the origin is refused. */
    private HostRobots loadWithRetries(String origin) throws InterruptedException {
        HostRobots robots = load(origin);
        for (int i = 0; i < BACKOFF.size() && robots.refusal() == SkipReason.ROBOTS_UNAVAILABLE; i++) {
            LOG.info("robots origin={} unavailable retryIn={} detail=\"{}\"", origin, BACKOFF.get(i), robots.detail());
            String host = Urls.hostKey(URI.create(origin));
            retrying.put(host, clock.instant().plus(BACKOFF.get(i)));
            try {
                sleeper.sleep(BACKOFF.get(i));
            } finally {
                retrying.remove(host);
            }
            robots = load(origin);
        }
        if (robots.refusal() != null) {
            LOG.info("robots origin={} refused reason={} detail=\"{}\"", origin, robots.refusal(), robots.detail());
        }
        return robots;
    }

    private HostRobots load(String origin) throws InterruptedException {
        URI url = URI.create(origin + "/robots.txt");
        try {
            for (int hop = 0; hop <= maxRedirects; hop++) {
                Response response = fetcher.get(url, Fetcher.Accept.ROBOTS);
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
        BaseRobotRules rules = parser.parseContent(response.url().toString(), wholeLines(response.body()),
                response.contentType(), List.of(robotsName));
        long delay = rules.getCrawlDelay();
        Optional<Duration> crawlDelay = delay == BaseRobotRules.UNSET_CRAWL_DELAY || delay < 0
                ? Optional.empty() : Optional.of(Duration.ofMillis(delay));
        LOG.debug("robots origin={} status={} crawlDelay={} sitemaps={}", origin, response.status(),
                crawlDelay.orElse(null), rules.getSitemaps().size());
        return new HostRobots(origin, rules, null, "", crawlDelay, rules.getSitemaps());
    }

    /**
     * A robots.txt cut at {@link Fetcher#ROBOTS_MAX_BYTES} ends in a partial line, and a partial rule can be a
     * stricter one ({@code Disallow: /nothing-here/} cut to {@code Disallow: /}), so the partial line is dropped.
     */
    static byte[] wholeLines(byte[] body) {
        if (body.length < Fetcher.ROBOTS_MAX_BYTES) {
            return body;
        }
        for (int i = body.length - 1; i >= 0; i--) {
            if (body[i] == '\n' || body[i] == '\r') {
                return java.util.Arrays.copyOf(body, i + 1);
            }
        }
        return new byte[0];
    }

    private static HostRobots allowAll(String origin, String detail) {
        LOG.debug("robots origin={} allowAll detail=\"{}\"", origin, detail);
        return new HostRobots(origin, ALLOW_ALL, null, detail, Optional.empty(), List.of());
    }

    private static HostRobots refuseAll(String origin, SkipReason reason, String detail) {
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
