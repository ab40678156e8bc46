package gazette.es.embedded;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Resolves {@link EmbeddedElasticsearch} and {@link ElasticsearchClient} parameters from one node per test run: started
 * on first use on a free port, kept in the root store so JUnit closes it (and removes its data) when the run ends.
 */
public final class SharedNode implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == EmbeddedElasticsearch.class || type == ElasticsearchClient.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Running running = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Running.class, key -> Running.start(), Running.class);
        return parameter.getParameter().getType() == ElasticsearchClient.class ? running.client() : running.node();
    }

    record Running(EmbeddedElasticsearch node, ElasticsearchClient client, Path dir) implements AutoCloseable {
        static Running start() {
            try {
                Path dir = Files.createTempDirectory("gazette-es-embedded-");
                EmbeddedElasticsearch node = EmbeddedElasticsearch.start(dir, 0);
                return new Running(node, ElasticsearchClient.of(b -> b.host(node.url())), dir);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() throws IOException {
            client.close();
            node.close();
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
