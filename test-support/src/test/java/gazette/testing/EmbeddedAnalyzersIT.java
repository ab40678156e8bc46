package gazette.testing;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import gazette.es.embedded.AnalyzersContract;
import org.junit.jupiter.api.BeforeEach;

/** The analyzer tables through the extension: the embedded node, or the cluster at gazette.test.es.url. */
@WithElasticsearch
class EmbeddedAnalyzersIT extends AnalyzersContract {
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
