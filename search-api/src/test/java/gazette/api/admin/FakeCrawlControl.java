package gazette.api.admin;

import gazette.core.CrawlConflictException;
import gazette.core.CrawlControl;
import gazette.core.CrawlReport;
import gazette.core.CrawlRequest;
import gazette.core.CrawlState;
import gazette.core.UrlReport;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Crawls that never fetch: they run until stopped, and refuse a second crawl of a running one's host. */
final class FakeCrawlControl implements CrawlControl {
    static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");
    static final String KNOWN_URL = "https://www.gov.example/news/1";
    final List<CrawlRequest> requests = new ArrayList<>();
    private final Map<String, CrawlReport> crawls = new ConcurrentHashMap<>();

    @Override
    public synchronized CrawlReport start(CrawlRequest request) {
        Set<String> hosts = new LinkedHashSet<>();
        request.seeds().forEach(seed -> hosts.add(seed.getHost()));
        crawls.values().stream().filter(c -> c.status().active() && c.hosts().stream().anyMatch(hosts::contains))
                .findFirst().ifPresent(c -> {
                    throw new CrawlConflictException(c.id(), hosts);
                });
        requests.add(request);
        String id = "c" + requests.size();
        CrawlReport report = new CrawlReport(id, CrawlState.RUNNING, request.seeds().stream().map(URI::toString)
                .toList(), List.copyOf(hosts), request.maxPages(), 0, 1, 0, 0, 0, 0.0, T0, T0, null, false, null);
        crawls.put(id, report);
        return report;
    }

    @Override
    public List<CrawlReport> crawls() {
        return List.copyOf(crawls.values());
    }

    @Override
    public Optional<CrawlReport> crawl(String id) {
        return Optional.ofNullable(crawls.get(id));
    }

    @Override
    public Optional<CrawlReport> stop(String id) {
        return Optional.ofNullable(crawls.computeIfPresent(id, (k, c) -> new CrawlReport(c.id(), CrawlState.STOPPED,
                c.seeds(), c.hosts(), c.maxPages(), c.fetched(), 0, c.failed(), c.skipped(), c.requests(), c.rate(),
                c.started(), c.lastActivity(), T0.plusSeconds(5), true, null)));
    }

    @Override
    public Optional<UrlReport> url(String url) {
        if (!url.equals(KNOWN_URL)) {
            return Optional.empty();
        }
        return Optional.of(new UrlReport(url, "www.gov.example", "done", 1, "https://www.gov.example/", T0, 200,
                "\"v1\"", null, "abc123", T0.plusSeconds(86_400), 0, null, null, T0, "doc1", true));
    }
}
