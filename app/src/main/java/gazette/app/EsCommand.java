package gazette.app;

import gazette.es.embedded.EmbeddedElasticsearch;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Runs the embedded Elasticsearch node on its own until the process is stopped. */
@Command(name = "es", mixinStandardHelpOptions = true,
        description = "Run the embedded Elasticsearch node on 127.0.0.1 until stopped (Ctrl-C or SIGTERM).")
final class EsCommand implements Callable<Integer> {
    @Option(names = "--port", defaultValue = "9200", description = "HTTP port; 0 picks a free one. Default: ${DEFAULT-VALUE}")
    int port;

    @Option(names = "--data", defaultValue = "${env:GAZETTE_DATA:-.gazette}/elasticsearch",
            description = "Data folder. Default: ${DEFAULT-VALUE}")
    Path data;

    @Override
    public Integer call() throws InterruptedException {
        EmbeddedElasticsearch node = EmbeddedElasticsearch.start(data, port);
        Runtime.getRuntime().addShutdownHook(new Thread(node::close, "es-shutdown"));
        System.out.println("Elasticsearch 9.5.3 listening on " + node.url() + " (data in " + data + "); Ctrl-C stops it.");
        Thread.currentThread().join();
        return 0;
    }
}
