package gazette.testing;

import gazette.es.embedded.EmbeddedElasticsearch;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Starts the in-process node on a free port in a temporary directory that is removed again when it stops. */
final class EmbeddedCluster {
    private EmbeddedCluster() {}

    static Cluster start() {
        Path dir = createTempDirectory();
        EmbeddedElasticsearch node = EmbeddedElasticsearch.start(dir, 0);
        return Cluster.connect(node.url(), () -> {
            node.close();
            deleteRecursively(dir);
        });
    }

    private static Path createTempDirectory() {
        try {
            return Files.createTempDirectory("gazette-test-es-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
