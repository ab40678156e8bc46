package gazette.api;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import java.io.IOException;
import java.util.Locale;

/** Asks Elasticsearch whether it can serve searches, and how many pages it holds. */
final class HealthCheck {
    private final ElasticsearchClient client;
    private final String index;

    HealthCheck(ElasticsearchClient client, String index) {
        this.client = client;
        this.index = index;
    }

    Health check() throws IOException {
        HealthStatus status = client.cluster().health().status();
        if (status == HealthStatus.Red) {
            throw new BackendUnavailableException("The Elasticsearch cluster is red");
        }
        return new Health("ok", status.jsonValue().toLowerCase(Locale.ROOT), documents());
    }

    /** An index not created yet holds no pages; that is a fresh install, not a fault. */
    private long documents() throws IOException {
        try {
            return client.count(c -> c.index(index)).count();
        } catch (ElasticsearchException e) {
            if (e.status() == 404) {
                return 0;
            }
            throw e;
        }
    }
}
