package gazette.app;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import gazette.core.PagesIndex;
import gazette.crawler.politeness.PolitenessSettings;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;

/** {@code gazette crawl --daemon}: the sites file's schedules, run without the search server until stopped. */
final class CrawlDaemon {
    private final ElasticsearchClient client;
    private final SitesFile sites;
    private final String statusIndex;
    private final Clock clock;

    CrawlDaemon(ElasticsearchClient client, SitesFile sites, String statusIndex, Clock clock) {
        this.client = client;
        this.sites = sites;
        this.statusIndex = statusIndex;
        this.clock = clock;
    }

    int run(Duration check, PrintStream out) throws InterruptedException {
        var settings = new CrawlServiceSettings(PagesIndex.ALIAS, statusIndex, CrawlServiceSettings.DEFAULT_STALL_AFTER,
                PolitenessSettings.defaults());
        SiteStates states = SiteStates.open(client, SiteStates.NAME);
        try (CrawlService crawls = new CrawlService(client, settings, sites, states, new SimpleMeterRegistry(), clock)) {
            ManagedSites managed = new ManagedSites(sites, states, crawls::active, clock.instant());
            try (SiteScheduler scheduler = new SiteScheduler(sites, managed, crawls, clock).start(check)) {
                out.printf("Scheduling %d sites from %s (checked every %s); Ctrl-C stops.%n", sites.all().size(),
                        sites.path(), check);
                Thread.currentThread().join();
            }
        }
        return 0;
    }
}
