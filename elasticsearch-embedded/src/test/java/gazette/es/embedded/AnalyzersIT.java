package gazette.es.embedded;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/** The analyzer tables against the embedded node. */
@ExtendWith(SharedNode.class)
class AnalyzersIT extends AnalyzersContract {
    private ElasticsearchClient client;

    @BeforeEach
    void connect(ElasticsearchClient client) {
        this.client = client;
    }

    @Override
    protected ElasticsearchClient client() {
        return client;
    }
}
