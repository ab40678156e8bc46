package gazette.app;

import gazette.core.CrawlRequest;
import gazette.core.CrawlState;
import gazette.core.PagesIndex;
import gazette.crawler.CrawlSettings;
import gazette.crawler.frontier.CrawlStatusIndex;
import gazette.crawler.politeness.PolitenessSettings;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Crawls seed URLs or a configured site into the configured Elasticsearch, or runs the sites' schedules. */
@Command(name = "crawl", mixinStandardHelpOptions = true, description = {"Crawl sites into Elasticsearch.",
        "Give --seed URLs, or --site NAME from the sites file (--config), or --daemon to crawl every site of the "
                + "sites file on its schedule until stopped."})
final class CrawlCommand implements Callable<Integer> {
    @Mixin
    ElasticsearchOptions elasticsearch;

    @Option(names = "--seed", arity = "1..*", paramLabel = "URL",
            description = "Start URL(s); the crawl stays on their hosts.")
    List<URI> seeds;

    @Option(names = "--site", paramLabel = "NAME", description = "Crawl this site of the sites file (--config) now.")
    String site;

    @Option(names = "--config", defaultValue = "${env:GAZETTE_SITES}", paramLabel = "FILE",
            description = "The sites file (env GAZETTE_SITES); see config/sites.example.yaml.")
    Path config;

    @Option(names = "--daemon", description = "Run the sites file's schedules until stopped (needs --config).")
    boolean daemon;

    @Option(names = "--schedule-check", defaultValue = "PT15S", paramLabel = "DURATION",
            description = "With --daemon: how often schedules are checked (ISO-8601). Default: ${DEFAULT-VALUE}")
    Duration scheduleCheck;

    @Option(names = "--max-pages", defaultValue = "1000",
            description = "Stop after this many pages (with --site: the site's own unless given). Default: ${DEFAULT-VALUE}")
    int maxPages;

    @Option(names = "--max-depth", defaultValue = "20", description = "Link hops from a seed. Default: ${DEFAULT-VALUE}")
    int maxDepth;

    @Option(names = "--allow-private", description = "Allow loopback, link-local and private addresses (off by default).")
    boolean allowPrivate;

    @Option(names = "--fresh", description = "Forget earlier crawls and start over; by default a crawl resumes and "
            + "revisits only URLs that are due.")
    boolean fresh;

    @Option(names = "--status-index", defaultValue = CrawlStatusIndex.NAME, paramLabel = "NAME",
            description = "The crawl-status index that keeps the frontier. Default: ${DEFAULT-VALUE}")
    String statusIndex;

    @Option(names = "--revisit-after", defaultValue = "P1D", paramLabel = "DURATION",
            description = "Fetched pages are due again this long after (ISO-8601, e.g. PT6H). Default: ${DEFAULT-VALUE}")
    Duration revisitAfter;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        checkTarget();
        SitesFile sites = config == null ? SitesFile.inMemory(List.of()) : SitesFile.load(config);
        if (site != null && sites.get(site).isEmpty()) {
            throw new ParameterException(spec.commandLine(), "No site named '" + site + "' in " + config);
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (ElasticsearchConnection es = ElasticsearchConnection.open(elasticsearch.external(), elasticsearch.dataDir, 0)) {
            if (daemon) {
                return new CrawlDaemon(es.client(), sites, statusIndex, Clock.systemUTC()).run(scheduleCheck, out);
            }
            return site != null ? crawlSite(es, sites, out) : crawlSeeds(es, out);
        }
    }

    private int crawlSeeds(ElasticsearchConnection es, PrintStream out) {
        CrawlSettings settings = CrawlSettings.of(seeds).withMaxPages(maxPages).withMaxDepth(maxDepth)
                .withAllowPrivate(allowPrivate).withRevisitAfter(revisitAfter);
        CrawlJob job = new CrawlJob(es.client(), PagesIndex.ALIAS, statusIndex);
        return report(job.run(settings, fresh, out), out);
    }

    private int crawlSite(ElasticsearchConnection es, SitesFile sites, PrintStream out) {
        boolean budget = spec.commandLine().getParseResult().hasMatchedOption("--max-pages");
        CrawlRequest request = new CrawlRequest(List.of(), budget ? maxPages : CrawlRequest.SITE_MAX_PAGES,
                allowPrivate, site, null, List.of());
        CrawlPlan plan = CrawlPlan.of(request, sites, PolitenessSettings.defaults());
        SiteStates states = SiteStates.open(es.client(), SiteStates.NAME);
        String id = "cli-" + UUID.randomUUID();
        states.started(site, id, Clock.systemUTC().instant());
        CrawlState ended = CrawlState.FAILED;
        try {
            CrawlJob.Outcome outcome = new CrawlJob(es.client(), PagesIndex.ALIAS, statusIndex).run(plan, out);
            ended = outcome.rejected() == 0 ? CrawlState.FINISHED : CrawlState.FAILED;
            return report(outcome, out);
        } finally {
            states.ended(site, id, ended, Clock.systemUTC().instant());
        }
    }

    private static int report(CrawlJob.Outcome outcome, PrintStream out) {
        out.printf("Indexed %d pages; %d URLs skipped: %s%n", outcome.indexed(), outcome.crawl().skipped().size(),
                outcome.crawl().reasons());
        return outcome.rejected() == 0 ? 0 : 2;
    }

    private void checkTarget() {
        int targets = (seeds == null || seeds.isEmpty() ? 0 : 1) + (site == null ? 0 : 1) + (daemon ? 1 : 0);
        if (targets != 1) {
            throw new ParameterException(spec.commandLine(), targets == 0
                    ? "Missing what to crawl: --seed URL..., or --site NAME (with --config FILE), or --daemon"
                    : "Give only one of --seed, --site and --daemon");
        }
        if ((site != null || daemon) && config == null) {
            throw new ParameterException(spec.commandLine(), (daemon ? "--daemon" : "--site")
                    + " needs the sites file: --config FILE or GAZETTE_SITES");
        }
    }
}
