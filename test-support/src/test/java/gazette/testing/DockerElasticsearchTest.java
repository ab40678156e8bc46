package gazette.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DockerElasticsearchTest {

    @Test
    void findsTheDockerfileInAFolderAboveTheModule(@TempDir Path repo) throws IOException {
        Path dockerfile = repo.resolve("docker/elasticsearch/Dockerfile");
        Files.createDirectories(dockerfile.getParent());
        Files.writeString(dockerfile, "FROM docker.elastic.co/elasticsearch/elasticsearch:9.5.3\n");
        Path module = Files.createDirectories(repo.resolve("indexer/target"));

        assertThat(DockerElasticsearch.dockerfile(module)).isEqualTo(dockerfile);
    }

    @Test
    void saysWhereItLookedWhenThereIsNoDockerfile(@TempDir Path empty) {
        assertThatThrownBy(() -> DockerElasticsearch.dockerfile(empty))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("docker/elasticsearch/Dockerfile not found in " + empty + " or any folder above it");
    }
}
