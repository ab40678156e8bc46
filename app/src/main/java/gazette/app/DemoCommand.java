package gazette.app;

import gazette.core.PagesIndex;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Everything in one process: sample site, Elasticsearch, crawl, search server. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Serve the bundled sample ministry site on 127.0.0.1, crawl and index it, and serve search.",
                "Uses a fresh embedded Elasticsearch in a temporary folder unless --es-url is given."})
final class DemoCommand implements Callable<Integer> {
    /** The search the demo suggests when it is ready (also in README.md); `DemoIT` checks it finds pages. */
    static final String SUGGESTED_SEARCH = "api/search?q=government&size=3";

    @Mixin
    ElasticsearchOptions elasticsearch;

    @Option(names = "--port", defaultValue = "7070", description = "Search server port. Default: ${DEFAULT-VALUE}")
    int port;

    @Option(names = "--site-port", defaultValue = "0", description = "Sample site port; 0 picks a free one.")
    int sitePort;

    @Option(names = "--exit", description = "Stop after the crawl instead of serving until Ctrl-C.")
    boolean exitAfterCrawl;

    @Override
    public Integer call() throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        var settings = new Demo.DemoSettings(elasticsearch.external(), Files.createTempDirectory("gazette-demo"),
                PagesIndex.ALIAS, "127.0.0.1", port, sitePort);
        Demo demo = Demo.start(settings, out);
        Runtime.getRuntime().addShutdownHook(new Thread(demo::close, "demo-shutdown"));
        CrawlJob.Outcome outcome = demo.crawl(PagesIndex.ALIAS, out);
        out.printf("Indexed %d pages (%d URLs skipped with a reason) in %.1f s since start.%n",
                outcome.indexed(), outcome.crawl().skipped().size(), Demo.seconds(t0));
        out.println("Ready: " + demo.searchUrl());
        out.println("Try:   curl -s '" + demo.searchUrl() + SUGGESTED_SEARCH + "'");
        if (!exitAfterCrawl) {
            Thread.currentThread().join();
        }
        return 0;
    }
}
