package gazette.app;

import gazette.core.PagesIndex;
import gazette.crawler.CrawlSettings;
import gazette.crawler.frontier.CrawlStatusIndex;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Crawls seed URLs into the configured Elasticsearch. */
@Command(name = "crawl", mixinStandardHelpOptions = true, description = "Crawl sites into Elasticsearch.")
final class CrawlCommand implements Callable<Integer> {
    @Mixin
    ElasticsearchOptions elasticsearch;

    @Option(names = "--seed", required = true, arity = "1..*", paramLabel = "URL",
            description = "Start URL(s); the crawl stays on their hosts.")
    List<URI> seeds;

    @Option(names = "--max-pages", defaultValue = "1000", description = "Stop after this many pages. Default: ${DEFAULT-VALUE}")
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

    @Override
    public Integer call() {
        CrawlSettings settings = CrawlSettings.of(seeds).withMaxPages(maxPages).withMaxDepth(maxDepth)
                .withAllowPrivate(allowPrivate).withRevisitAfter(revisitAfter);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (ElasticsearchConnection es = ElasticsearchConnection.open(elasticsearch.external(), elasticsearch.dataDir, 0)) {
            CrawlJob job = new CrawlJob(es.client(), PagesIndex.ALIAS, statusIndex);
            CrawlJob.Outcome outcome = job.run(settings, fresh, out);
            out.printf("Indexed %d pages; %d URLs skipped: %s%n", outcome.indexed(), outcome.crawl().skipped().size(),
                    outcome.crawl().reasons());
            return outcome.rejected() == 0 ? 0 : 2;
        }
    }
}
