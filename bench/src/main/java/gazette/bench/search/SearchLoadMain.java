package gazette.bench.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import gazette.core.ElasticsearchClients;
import gazette.core.ElasticsearchSettings;
import gazette.es.embedded.EmbeddedElasticsearch;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Runs {@link SearchLoadBenchmark} on an embedded node whose data folder is kept, and prints a Markdown report.
 *
 * <p>Usage: {@code SearchLoadMain <dataset-dir> <elasticsearch-data-dir> [documents] [round-seconds] [rounds]
 * [clients]}; defaults 100000 documents, 30-second rounds, 4 rounds per side, 16 clients. A second run on the same
 * data folder with the same number of documents reuses the index.
 */
public final class SearchLoadMain {
    /** The alias the run creates (and replaces when it holds another number of documents). */
    static final String ALIAS = "gazette-bench-search";
    private static final int QUERIES = 200;

    private SearchLoadMain() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 2 || args.length > 6) {
            System.err.println("usage: SearchLoadMain <dataset-dir> <elasticsearch-data-dir> [documents] "
                    + "[round-seconds] [rounds] [clients]");
            System.exit(2);
        }
        var settings = new SearchLoadBenchmark.Settings(intArg(args, 2, 100_000), QUERIES, intArg(args, 5, 16),
                intArg(args, 4, 4), Duration.ofSeconds(intArg(args, 3, 30)), Integer.MAX_VALUE);
        CorpusText text = CorpusText.load(Path.of(args[0]));
        try (EmbeddedElasticsearch node = EmbeddedElasticsearch.start(Path.of(args[1]), 0)) {
            ElasticsearchClient client = ElasticsearchClients.connect(ElasticsearchSettings.of(node.url()));
            try {
                long start = System.nanoTime();
                SearchLoadBenchmark.Result result = new SearchLoadBenchmark(settings, text)
                        .run(client, URI.create(node.url()), ALIAS);
                double seconds = (System.nanoTime() - start) / 1e9;
                new PrintStream(System.out, true, StandardCharsets.UTF_8)
                        .print(SearchLoadReport.markdown(settings, result, seconds));
            } finally {
                client._transport().close();
            }
        }
    }

    private static int intArg(String[] args, int i, int otherwise) {
        return args.length > i ? Integer.parseInt(args[i]) : otherwise;
    }
}
