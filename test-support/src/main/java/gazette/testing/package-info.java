/**
 * Real Elasticsearch for integration tests: one cluster per test run, an index name per test class.
 *
 * <h2>Writing a test</h2>
 * <pre>{@code
 * @WithElasticsearch
 * class PagesSearchIT {
 *     @Test
 *     void findsByTitle(TestElasticsearch es) throws IOException {
 *         es.client().indices().create(c -> c.index(es.index()).withJson(new StringReader(PagesIndex.definition())));
 *         ...
 *     }
 * }
 * }</pre>
 * Run with {@code -Dgazette.test.es.url=http://host:9200} (or {@code GAZETTE_TEST_ES_URL}) to use a real cluster
 * instead of the embedded node.
 *
 * <h2>The same suite against the official Docker image</h2>
 * Write the tests once in an abstract contract class that asks for the cluster, then add one subclass per variant:
 * <pre>{@code
 * public abstract class SearchContract {
 *     protected TestElasticsearch es;
 *     @BeforeEach void connect(TestElasticsearch es) { this.es = es; }
 *     @Test void findsByTitle() { ... es.client() ... es.index() ... }
 * }
 *
 * @WithElasticsearch       class SearchIT extends SearchContract {}        // embedded node (or gazette.test.es.url)
 * @WithDockerElasticsearch class SearchDockerIT extends SearchContract {}  // docker/elasticsearch/Dockerfile
 * }</pre>
 * Without a Docker engine the Docker variant's tests are reported as skipped with "Docker engine not available: …".
 * This module's {@code DockerAnalyzersIT} does this with the analyzer tables of elasticsearch-embedded.
 */
package gazette.testing;
