package gazette.app;

import gazette.core.CrawlRequest;
import gazette.core.CrawlState;
import gazette.core.PagesIndex;
import gazette.crawler.CrawlProgress;
import gazette.crawler.CrawlSettings;
import gazette.crawler.frontier.CrawlStatusIndex;
import gazette.crawler.frontier.ElasticsearchStatusStore;
import gazette.crawler.frontier.StatusStore;
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
import java.util.concurrent.atomic.AtomicReference;
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

    @Option(names = "--index", defaultValue = PagesIndex.ALIAS, paramLabel = "ALIAS",
            description = "With --seed or --site: the pages index (alias) to write to. Default: ${DEFAULT-VALUE}")
    String index;

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
        Thread main = Thread.currentThread();
        // Declared first so it closes last: the JVM exits on a signal only once the connection is closed.
        try (StopOnSignal signal = StopOnSignal.install(main::interrupt);
                ElasticsearchConnection es = ElasticsearchConnection.open(elasticsearch.external(),
                        elasticsearch.dataDir, 0)) {
            if (daemon) {
                return runDaemon(es, sites, out, signal);
            }
            return site != null ? crawlSite(es, sites, out, signal) : crawlSeeds(es, out, signal);
        }
    }

    /** The daemon's main thread waits until a signal interrupts it; closing the daemon stops its crawls. */
    private int runDaemon(ElasticsearchConnection es, SitesFile sites, PrintStream out, StopOnSignal signal)
            throws InterruptedException {
        try {
            return new CrawlDaemon(es.client(), sites, statusIndex, Clock.systemUTC()).run(scheduleCheck, out);
        } catch (InterruptedException e) {
            if (signal.signalled()) {
                return 0; // the JVM exits with the signal's code
            }
            throw e;
        }
    }

    private int crawlSeeds(ElasticsearchConnection es, PrintStream out, StopOnSignal signal) {
        CrawlSettings settings = CrawlSettings.of(seeds).withMaxPages(maxPages).withMaxDepth(maxDepth)
                .withAllowPrivate(allowPrivate).withRevisitAfter(revisitAfter);
        ElasticsearchStatusStore status = new ElasticsearchStatusStore(es.client(), statusIndex);
        return report(run(es, settings, fresh ? status.recreate() : status.ensure(), out, signal), out);
    }

    private int crawlSite(ElasticsearchConnection es, SitesFile sites, PrintStream out, StopOnSignal signal) {
        boolean budget = spec.commandLine().getParseResult().hasMatchedOption("--max-pages");
        CrawlRequest request = new CrawlRequest(List.of(), budget ? maxPages : CrawlRequest.SITE_MAX_PAGES,
                allowPrivate, site, null, List.of());
        CrawlPlan plan = CrawlPlan.of(request, sites, PolitenessSettings.defaults());
        SiteStates states = SiteStates.open(es.client(), SiteStates.NAME);
        String id = "cli-" + UUID.randomUUID();
        states.started(site, id, Clock.systemUTC().instant());
        CrawlState ended = CrawlState.FAILED;
        try {
            StatusStore status = new ScopedStatusStore(new ElasticsearchStatusStore(es.client(), statusIndex).ensure(),
                    plan.hosts(), plan.recrawl(), plan.narrowed());
            CrawlJob.Outcome outcome = run(es, plan.settings(), status, out, signal);
            ended = outcome.crawl().stopped() ? CrawlState.STOPPED
                    : outcome.rejected() == 0 ? CrawlState.FINISHED : CrawlState.FAILED;
            return report(outcome, out);
        } finally {
            states.ended(site, id, ended, Clock.systemUTC().instant());
        }
    }

    /** The crawl with a progress line, stopped by SIGTERM or Ctrl-C as the admin API's stop would. */
    private CrawlJob.Outcome run(ElasticsearchConnection es, CrawlSettings settings, StatusStore status,
            PrintStream out, StopOnSignal signal) {
        ProgressLine line = new ProgressLine(out);
        AtomicReference<CrawlProgress> last = new AtomicReference<>(new CrawlProgress(0, 0, 0, 0, 0));
        CrawlJob.Outcome outcome = new CrawlJob(es.client(), index, statusIndex).run(settings, status, p -> {
            last.set(p);
            line.progress(p);
        }, crawler -> signal.stopWith(crawler::stop));
        line.finish(last.get());
        return outcome;
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
