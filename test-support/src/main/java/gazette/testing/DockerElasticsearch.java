package gazette.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.images.builder.ImageFromDockerfile;

/**
 * Runs the official Elasticsearch image with the analysis plugins, built from the repository's
 * {@value #DOCKERFILE}, as the production cluster would be: single node, security off, on a mapped port.
 */
public final class DockerElasticsearch {
    /** Where the image is defined, relative to the repository root. */
    public static final String DOCKERFILE = "docker/elasticsearch/Dockerfile";
    private static final int HTTP_PORT = 9200;

    private DockerElasticsearch() {}

    static Cluster start() {
        GenericContainer<?> container = new GenericContainer<>(image())
                .withEnv("discovery.type", "single-node")
                .withEnv("xpack.security.enabled", "false")
                .withEnv("cluster.routing.allocation.disk.threshold_enabled", "false")
                .withEnv("ES_JAVA_OPTS", "-Xms512m -Xmx512m")
                .withExposedPorts(HTTP_PORT)
                .waitingFor(Wait.forHttp("/").forPort(HTTP_PORT).forStatusCode(200)
                        .withStartupTimeout(Duration.ofMinutes(3)));
        container.start();
        String url = "http://" + container.getHost() + ":" + container.getMappedPort(HTTP_PORT);
        return Cluster.connect(url, container::stop);
    }

    /** A fixed name and no delete-on-exit, so Docker's layer cache makes every run after the first fast. */
    private static ImageFromDockerfile image() {
        return new ImageFromDockerfile("gazette/elasticsearch-test", false)
                .withDockerfile(dockerfile(Path.of("").toAbsolutePath()));
    }

    /** Maven runs a module's tests in the module's folder, so the Dockerfile is found by walking up. */
    static Path dockerfile(Path start) {
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(DOCKERFILE);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException(DOCKERFILE + " not found in " + start + " or any folder above it");
    }
}
