package gazette.bench.crawl;

import gazette.crawler.CrawlSettings;
import gazette.crawler.politeness.PolitenessSettings;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A crawl of several small sites at once (one host each: same address, own port) with a per-host delay, through
 * the same path as the throughput crawl; each site's arrival log gives the gaps the crawler actually kept.
 */
final class PolitenessCheck {
    private PolitenessCheck() {}

    /** The crawl, the gaps seen by each host, and the paths each host was asked for, in arrival order. */
    record Result(EndToEndCrawl.Result crawl, List<Gaps> hosts, Map<String, List<String>> requested) {
        boolean kept(Duration delay) {
            return hosts.stream().allMatch(g -> g.kept(delay));
        }
    }

    static Result run(EndToEndCrawl crawl, int hosts, int pagesPerHost, Duration delay, int concurrency)
            throws IOException {
        List<GeneratedSite> sites = new ArrayList<>();
        try {
            for (int i = 0; i < hosts; i++) {
                sites.add(GeneratedSite.start(pagesPerHost, i + 1));
            }
            List<URI> seeds = sites.stream().map(GeneratedSite::seed).toList();
            CrawlSettings settings = CrawlSettings.of(seeds).withMaxPages(hosts * pagesPerHost + CrawlBenchmark.SPARE_PAGES)
                    .withAllowPrivate(true).withConcurrency(concurrency)
                    .withPoliteness(PolitenessSettings.defaults().withMinDelay(delay));
            EndToEndCrawl.Result result = crawl.run(settings, Tunings.SHIPPED);
            Map<String, List<String>> requested = new LinkedHashMap<>();
            sites.forEach(s -> requested.put(s.base().getAuthority(),
                    s.arrivals().stream().map(GeneratedSite.Arrival::path).toList()));
            return new Result(result, sites.stream().map(s -> Gaps.of(s.base().getAuthority(),
                    s.arrivals().stream().map(GeneratedSite.Arrival::nanos).toList())).toList(), requested);
        } finally {
            sites.forEach(GeneratedSite::close);
        }
    }
}
