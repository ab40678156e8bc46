package gazette.app;

import gazette.api.SearchApi;
import gazette.core.PagesIndex;
import gazette.indexer.IndexLifecycle;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Serves the search API and the search page until the process is stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serve the search API and web page.")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    ElasticsearchOptions elasticsearch;

    @Option(names = "--host", defaultValue = "${env:GAZETTE_HOST:-127.0.0.1}", description = "Address to bind. Default: ${DEFAULT-VALUE}")
    String host;

    @Option(names = "--port", defaultValue = "${env:GAZETTE_PORT:-7070}", description = "HTTP port. Default: ${DEFAULT-VALUE}")
    int port;

    @Override
    public Integer call() throws InterruptedException {
        ElasticsearchConnection es = ElasticsearchConnection.open(elasticsearch.external(), elasticsearch.dataDir, 0);
        Runtime.getRuntime().addShutdownHook(new Thread(es::close, "es-shutdown"));
        new IndexLifecycle(es.client()).ensure(PagesIndex.ALIAS);
        var server = new SearchApi(es.client(), PagesIndex.ALIAS).start(host, port);
        System.out.println("Gazette search on http://" + displayHost() + ":" + server.port() + "/ (Elasticsearch " + es.url() + ")");
        Thread.currentThread().join();
        return 0;
    }

    private String displayHost() {
        return "0.0.0.0".equals(host) || "127.0.0.1".equals(host) ? "localhost" : host;
    }
}
