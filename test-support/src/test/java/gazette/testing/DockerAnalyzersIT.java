package gazette.testing;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import gazette.es.embedded.AnalyzersContract;
import org.junit.jupiter.api.BeforeEach;

/** The same analyzer tables against the official image with its plugins; skipped with the reason when Docker is absent. */
@WithDockerElasticsearch
class DockerAnalyzersIT extends AnalyzersContract {
    private TestElasticsearch es;

    @BeforeEach
    void connect(TestElasticsearch es) {
        this.es = es;
    }

    @Override
    protected ElasticsearchClient client() {
        return es.client();
    }
}
