package gazette.bench.retrieval;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import gazette.bench.BenchElasticsearch;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Runs {@link RetrievalBenchmark} and prints its Markdown tables on stdout.
 *
 * <p>Usage: {@code RetrievalMain <dataset-dir> [elasticsearch-url] [clients] [sample]}; without a URL (or with
 * {@code -}) an embedded node is started in a temporary folder and removed at the end. Clients default to 4; a sample
 * of n asks every nth question of each language only (default 1, all of them), for quicker comparisons.
 */
public final class RetrievalMain {
    /** The indexes a run creates (and replaces): this alias and {@code <alias>-standard}. */
    static final String INDEX_PREFIX = "gazette-benchmark-xquad";

    private RetrievalMain() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 1 || args.length > 4) {
            System.err.println("usage: RetrievalMain <dataset-dir> [elasticsearch-url|-] [clients] [sample]");
            System.exit(2);
        }
        String url = args.length >= 2 && !args[1].equals("-") ? args[1] : null;
        int clients = args.length >= 3 ? Integer.parseInt(args[2]) : 4;
        int sample = args.length == 4 ? Integer.parseInt(args[3]) : 1;
        try (BenchElasticsearch es = BenchElasticsearch.connect(url)) {
            ElasticsearchClient client = es.client();
            RetrievalBenchmark.Result result = new RetrievalBenchmark(client, INDEX_PREFIX, clients, sample)
                    .run(Path.of(args[0]), alias -> ApiServer.start(client, alias));
            new PrintStream(System.out, true, StandardCharsets.UTF_8).print(BenchmarkReport.markdown(result));
        }
    }
}
