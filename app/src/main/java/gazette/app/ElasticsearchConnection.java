package gazette.app;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import gazette.core.ElasticsearchClients;
import gazette.core.ElasticsearchSettings;
import gazette.es.embedded.EmbeddedElasticsearch;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** A client for the configured cluster, owning the embedded node when there is no external one. */
final class ElasticsearchConnection implements AutoCloseable {
    private final EmbeddedElasticsearch embedded;
    private final ElasticsearchClient client;
    private final String url;

    private ElasticsearchConnection(EmbeddedElasticsearch embedded, ElasticsearchSettings settings) {
        this.embedded = embedded;
        this.client = ElasticsearchClients.connect(settings);
        this.url = settings.url().toString();
    }

    /** Connects to the external cluster if one is configured, else starts the embedded node in {@code dataDir}. */
    static ElasticsearchConnection open(ElasticsearchSettings external, Path dataDir, int embeddedPort) {
        if (external != null) {
            return new ElasticsearchConnection(null, external);
        }
        EmbeddedElasticsearch node = EmbeddedElasticsearch.start(dataDir.resolve("elasticsearch"), embeddedPort);
        return new ElasticsearchConnection(node, ElasticsearchSettings.of(node.url()));
    }

    ElasticsearchClient client() {
        return client;
    }

    String url() {
        return url;
    }

    boolean isEmbedded() {
        return embedded != null;
    }

    @Override
    public void close() {
        try {
            client._transport().close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (embedded != null) {
                embedded.close();
            }
        }
    }
}
