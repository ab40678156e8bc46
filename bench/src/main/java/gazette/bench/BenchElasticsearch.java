package gazette.bench;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import gazette.core.ElasticsearchClients;
import gazette.core.ElasticsearchSettings;
import gazette.es.embedded.EmbeddedElasticsearch;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** The Elasticsearch a benchmark runs on: a given cluster, or an embedded node in a temporary folder it removes. */
public final class BenchElasticsearch implements AutoCloseable {
    private final ElasticsearchClient client;
    private final String url;
    private final EmbeddedElasticsearch embedded;
    private final Path dataDir;

    private BenchElasticsearch(String url, EmbeddedElasticsearch embedded, Path dataDir) {
        this.client = ElasticsearchClients.connect(ElasticsearchSettings.of(url));
        this.url = url;
        this.embedded = embedded;
        this.dataDir = dataDir;
    }

    /** {@code url} null starts an embedded node on a free port of 127.0.0.1. */
    public static BenchElasticsearch connect(String url) {
        if (url != null) {
            return new BenchElasticsearch(url, null, null);
        }
        try {
            Path dir = Files.createTempDirectory("gazette-bench-es-");
            EmbeddedElasticsearch node = EmbeddedElasticsearch.start(dir, 0);
            return new BenchElasticsearch(node.url(), node, dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a data folder for the embedded node", e);
        }
    }

    public ElasticsearchClient client() {
        return client;
    }

    public String url() {
        return url;
    }

    @Override
    public void close() throws IOException {
        client._transport().close();
        if (embedded != null) {
            embedded.close();
            try (Stream<Path> paths = Files.walk(dataDir)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
