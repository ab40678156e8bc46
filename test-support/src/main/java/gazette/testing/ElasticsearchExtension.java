package gazette.testing;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ExpandWildcard;
import co.elastic.clients.elasticsearch.indices.resolve_index.ResolveIndexItem;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Gives tests a {@link TestElasticsearch} parameter (in test, {@code @BeforeEach} or {@code @BeforeAll} methods).
 *
 * <p>The cluster is started once per test run on first use and closed when the run ends: the embedded node, or the
 * cluster at {@value #URL_PROPERTY} (env {@value #URL_ENV}) when that is set, or the Docker image for classes
 * annotated {@link WithDockerElasticsearch}. Each test class gets its own index name; the extension does not create
 * the index, and deletes every index named {@code <index>*} after the class.
 */
public final class ElasticsearchExtension implements ParameterResolver, AfterAllCallback {
    /** System property naming an external cluster to test against instead of the embedded node. */
    public static final String URL_PROPERTY = "gazette.test.es.url";
    /** Environment variable with the same meaning as {@link #URL_PROPERTY}. */
    public static final String URL_ENV = "GAZETTE_TEST_ES_URL";
    private static final Namespace NAMESPACE = Namespace.create(ElasticsearchExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == TestElasticsearch.class;
    }

    @Override
    public TestElasticsearch resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Cluster cluster = cluster(context);
        return new TestElasticsearch(cluster.url(), cluster.client(), index(context));
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        String index = context.getStore(NAMESPACE).get(indexKey(context), String.class);
        if (index != null) {
            deleteIndices(cluster(context).client(), index);
        }
    }

    private static Cluster cluster(ExtensionContext context) {
        Backend backend = backend(context);
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(backend, key -> key.start.get(), Cluster.class);
    }

    private static Backend backend(ExtensionContext context) {
        for (Class<?> type = context.getRequiredTestClass(); type != null; type = type.getEnclosingClass()) {
            if (AnnotationSupport.isAnnotated(type, WithDockerElasticsearch.class)) {
                return Backend.DOCKER;
            }
        }
        return externalUrl().isPresent() ? Backend.EXTERNAL : Backend.EMBEDDED;
    }

    static Optional<String> externalUrl() {
        String url = System.getProperty(URL_PROPERTY, System.getenv(URL_ENV));
        return url == null || url.isBlank() ? Optional.empty() : Optional.of(url.strip());
    }

    /**
     * Kept in the test class's store (not the method's, which ends with the method) under the class's own key, so a
     * {@code @Nested} class, whose store would otherwise see its outer class's value, gets an index of its own.
     */
    private static String index(ExtensionContext context) {
        ExtensionContext classContext = context;
        while (classContext.getTestMethod().isPresent()) {
            classContext = classContext.getParent().orElseThrow();
        }
        Class<?> testClass = classContext.getRequiredTestClass();
        return classContext.getStore(NAMESPACE).getOrComputeIfAbsent(indexKey(classContext),
                key -> IndexNames.forClass(testClass), String.class);
    }

    private static String indexKey(ExtensionContext classContext) {
        return "index:" + classContext.getRequiredTestClass().getName();
    }

    /** Resolved to concrete names (closed and hidden too) first: clusters refuse wildcard deletes by default. */
    private static void deleteIndices(ElasticsearchClient client, String index) throws IOException {
        List<String> names = client.indices()
                .resolveIndex(r -> r.name(index + "*").expandWildcards(ExpandWildcard.All)).indices().stream()
                .map(ResolveIndexItem::name).toList();
        if (!names.isEmpty()) {
            client.indices().delete(d -> d.index(names));
        }
    }

    private enum Backend {
        EMBEDDED(EmbeddedCluster::start),
        EXTERNAL(() -> Cluster.connect(externalUrl().orElseThrow(), () -> {})),
        DOCKER(DockerElasticsearch::start);

        private final Supplier<Cluster> start;

        Backend(Supplier<Cluster> start) {
            this.start = start;
        }
    }
}
