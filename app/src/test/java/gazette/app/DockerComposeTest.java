package gazette.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Checks the wiring of {@code docker/compose.yaml} and its Dockerfiles without a Docker engine. */
class DockerComposeTest {
    private static final Path ROOT = repositoryRoot();
    private static final Path COMPOSE_DIR = ROOT.resolve("docker");
    private static final JsonNode COMPOSE = yaml(COMPOSE_DIR.resolve("compose.yaml"));
    private static final JsonNode ELASTICSEARCH = COMPOSE.path("services").path("elasticsearch");
    private static final JsonNode GAZETTE = COMPOSE.path("services").path("gazette");

    @Test
    void definesElasticsearchAndGazetteServices() {
        assertThat(COMPOSE.path("services").properties()).extracting(Map.Entry::getKey)
                .contains("elasticsearch", "gazette");
    }

    @Test
    void buildsElasticsearch953WithTheFourAnalysisPlugins() {
        List<String> instructions = instructions(dockerfile(ELASTICSEARCH));
        assertThat(instructions).filteredOn(line -> line.startsWith("FROM "))
                .containsExactly("FROM docker.elastic.co/elasticsearch/elasticsearch:9.5.3");
        String install = instructions.stream().filter(line -> line.contains("elasticsearch-plugin install"))
                .findFirst().orElseThrow(() -> new AssertionError("no elasticsearch-plugin install in the Dockerfile"));
        assertThat(install.split("\\s+"))
                .contains("--batch", "analysis-icu", "analysis-smartcn", "analysis-kuromoji", "analysis-nori");
    }

    @Test
    void runsElasticsearchAsOneNodeWithoutSecurityWithAHealthCheckAndAVolume() {
        Map<String, String> environment = environment(ELASTICSEARCH);
        assertThat(environment).containsEntry("discovery.type", "single-node")
                .containsEntry("xpack.security.enabled", "false");
        assertThat(environment.get("ES_JAVA_OPTS")).contains("-Xms1g").contains("-Xmx1g");
        assertThat(ELASTICSEARCH.path("healthcheck").path("test").toString()).contains("_cluster/health");
        String volume = ELASTICSEARCH.path("volumes").path(0).asText();
        assertThat(volume).endsWith(":/usr/share/elasticsearch/data");
        assertThat(COMPOSE.path("volumes").has(volume.substring(0, volume.indexOf(':')))).isTrue();
    }

    @Test
    void publishesPorts9200And7070() {
        assertThat(ports(ELASTICSEARCH)).containsEntry(9200, 9200);
        assertThat(ports(GAZETTE)).containsEntry(7070, 7070);
    }

    @Test
    void gazetteReachesElasticsearchByServiceNameAndContainerPort() {
        URI url = URI.create(environment(GAZETTE).get("GAZETTE_ES_URL"));
        assertThat(url.getScheme()).isEqualTo("http");
        assertThat(url.getHost()).isEqualTo("elasticsearch");
        assertThat(ports(COMPOSE.path("services").path(url.getHost())).values()).contains(url.getPort());
        assertThat(url).isEqualTo(URI.create("http://elasticsearch:9200"));
    }

    @Test
    void gazetteWaitsForAHealthyElasticsearch() {
        assertThat(GAZETTE.path("depends_on").path("elasticsearch").path("condition").asText())
                .isEqualTo("service_healthy");
    }

    @Test
    void gazetteImageBuildsTheRepositoryAndServesTheThinJarOnAllInterfaces() {
        assertThat(context(GAZETTE)).isEqualTo(ROOT);
        String dockerfile = String.join("\n", instructions(dockerfile(GAZETTE)));
        assertThat(dockerfile).contains("mvn -B -DskipTests package").contains("app/target/gazette.jar")
                .contains("app/target/lib/").contains("EXPOSE 7070").contains("\"-jar\", \"gazette.jar\"")
                .contains("GAZETTE_HOST=0.0.0.0");
        assertThat(GAZETTE.path("command").toString()).contains("serve");
    }

    private static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("docker/compose.yaml"))) {
                return dir;
            }
        }
        return fail("no docker/compose.yaml above " + Path.of("").toAbsolutePath());
    }

    private static JsonNode yaml(Path file) {
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The build context: {@code build: DIR} or {@code build: {context: DIR}}, relative to the compose file. */
    private static Path context(JsonNode service) {
        JsonNode build = service.path("build");
        String context = build.isTextual() ? build.asText() : build.path("context").asText(".");
        return COMPOSE_DIR.resolve(context).normalize();
    }

    private static Path dockerfile(JsonNode service) {
        return context(service).resolve(service.path("build").path("dockerfile").asText("Dockerfile")).normalize();
    }

    /** Dockerfile instructions with continuation lines joined and comments dropped. */
    private static List<String> instructions(Path dockerfile) {
        List<String> instructions = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        try {
            for (String line : Files.readAllLines(dockerfile, StandardCharsets.UTF_8)) {
                String text = line.strip();
                if (text.startsWith("#") || text.isEmpty() && current.isEmpty()) {
                    continue;
                }
                current.append(text.endsWith("\\") ? text.substring(0, text.length() - 1) : text).append(' ');
                if (!text.endsWith("\\")) {
                    instructions.add(current.toString().strip().replaceAll("\\s+", " "));
                    current.setLength(0);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return instructions;
    }

    /** {@code environment} as a map, whether written as a mapping or as a list of {@code KEY=value}. */
    private static Map<String, String> environment(JsonNode service) {
        Map<String, String> environment = new LinkedHashMap<>();
        JsonNode node = service.path("environment");
        if (node.isArray()) {
            node.forEach(entry -> {
                String[] pair = entry.asText().split("=", 2);
                environment.put(pair[0], pair.length > 1 ? pair[1] : "");
            });
        } else {
            node.properties().forEach(entry -> environment.put(entry.getKey(), entry.getValue().asText()));
        }
        return environment;
    }

    /** Published ports, host port to container port, from the short ({@code "HOST:CONTAINER"}) or long syntax. */
    private static Map<Integer, Integer> ports(JsonNode service) {
        Map<Integer, Integer> ports = new LinkedHashMap<>();
        for (JsonNode port : service.path("ports")) {
            if (port.isObject()) {
                ports.put(port.path("published").asInt(), port.path("target").asInt());
            } else {
                String[] parts = port.asText().replaceAll("/.*$", "").split(":");
                int container = Integer.parseInt(parts[parts.length - 1]);
                ports.put(parts.length > 1 ? Integer.parseInt(parts[parts.length - 2]) : container, container);
            }
        }
        return ports;
    }
}
