package gazette.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testcontainers.DockerClientFactory;

/**
 * Skips, with the reason, every test of a class that needs a Docker engine when none answers, so a machine without
 * one reports the Docker variants as skipped instead of failing them or passing them silently.
 */
public final class DockerAvailable implements ExecutionCondition {
    /** Asked once per JVM: Testcontainers probes every known socket and environment setting. */
    private static volatile ConditionEvaluationResult result;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        ConditionEvaluationResult known = result;
        if (known == null) {
            known = probe();
            result = known;
        }
        return known;
    }

    private static ConditionEvaluationResult probe() {
        try {
            String version = DockerClientFactory.instance().client().versionCmd().exec().getVersion();
            return ConditionEvaluationResult.enabled("Docker engine " + version + " available");
        } catch (RuntimeException e) {
            return ConditionEvaluationResult.disabled("Docker engine not available: " + e.getMessage() + " " + where());
        }
    }

    /** Testcontainers' own explanation goes to its log, which a test run may not show; these are the usual causes. */
    private static String where() {
        String dockerHost = System.getenv("DOCKER_HOST");
        return "(DOCKER_HOST " + (dockerHost == null ? "unset" : "=" + dockerHost) + ", /var/run/docker.sock "
                + (Files.exists(Path.of("/var/run/docker.sock")) ? "present" : "missing") + ")";
    }
}
