package gazette.app;

import gazette.crawler.CrawlSettings;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
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

    @Override
    public Integer call() {
        CrawlSettings settings = CrawlSettings.of(seeds).withMaxPages(maxPages).withMaxDepth(maxDepth)
                .withAllowPrivate(allowPrivate);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (ElasticsearchConnection es = ElasticsearchConnection.open(elasticsearch.external(), elasticsearch.dataDir, 0)) {
            CrawlJob.Outcome outcome = new CrawlJob(es.client()).run(settings, out);
            out.printf("Indexed %d pages; %d URLs skipped: %s%n", outcome.indexed(), outcome.crawl().skipped().size(),
                    outcome.crawl().reasons());
            return outcome.rejected() == 0 ? 0 : 2;
        }
    }
}
