package gazette.app;

import gazette.core.FetchHistory;
import gazette.core.Json;
import gazette.core.PagesIndex;
import gazette.core.UrlReport;
import gazette.crawler.frontier.CrawlStatusIndex;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Prints what the crawler recorded for one URL and whether its page is in the pages index. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Explain a URL: its crawl-status record (state, last fetch, reason), whether it is indexed, "
                + "when it was marked removed, and every fetch of it (status, duration, content change, reason), newest first.")
final class ExplainCommand implements Callable<Integer> {
    @Mixin
    ElasticsearchOptions elasticsearch;

    @Parameters(paramLabel = "URL", description = "The URL, as given or as the crawler normalises it.")
    String url;

    @Option(names = "--status-index", defaultValue = CrawlStatusIndex.NAME, paramLabel = "NAME",
            description = "The crawl-status index. Default: ${DEFAULT-VALUE}")
    String statusIndex;

    @Option(names = "--index", defaultValue = PagesIndex.ALIAS, paramLabel = "ALIAS",
            description = "The pages index alias. Default: ${DEFAULT-VALUE}")
    String alias;

    @Option(names = "--history-index", defaultValue = FetchHistory.NAME, paramLabel = "NAME",
            description = "The fetch-history index. Default: ${DEFAULT-VALUE}")
    String historyIndex;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Optional<UrlReport> report;
        var external = elasticsearch.external();
        try (ElasticsearchConnection es = ElasticsearchConnection.open(external, elasticsearch.dataDir, 0)) {
            report = new UrlLookup(es.client(), alias, statusIndex, historyIndex).find(url);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (report.isEmpty()) {
            spec.commandLine().getErr().println("gazette explain: no crawl has recorded " + url);
            return 3;
        }
        out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(report.get()));
        out.flush();
        return 0;
    }
}
