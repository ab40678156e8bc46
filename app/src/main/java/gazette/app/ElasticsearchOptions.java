package gazette.app;

import gazette.core.ElasticsearchSettings;
import java.net.URI;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * Where the Elasticsearch cluster is. Without {@code --es-url} (or {@code GAZETTE_ES_URL}) Gazette starts its embedded
 * node, keeping its data under {@code --data}.
 */
final class ElasticsearchOptions {
    @Option(names = "--es-url", defaultValue = "${env:GAZETTE_ES_URL}",
            description = "External Elasticsearch URL (env GAZETTE_ES_URL). Default: start the embedded node.")
    URI url;

    @Option(names = "--es-user", defaultValue = "${env:GAZETTE_ES_USER}", description = "Basic-auth user (env GAZETTE_ES_USER).")
    String user;

    @Option(names = "--es-password", defaultValue = "${env:GAZETTE_ES_PASSWORD}", arity = "0..1", interactive = true,
            description = "Basic-auth password (env GAZETTE_ES_PASSWORD).")
    String password;

    @Option(names = "--es-api-key", defaultValue = "${env:GAZETTE_ES_API_KEY}", description = "API key (env GAZETTE_ES_API_KEY).")
    String apiKey;

    @Option(names = "--data", defaultValue = "${env:GAZETTE_DATA:-.gazette}",
            description = "Folder for the embedded node's data (env GAZETTE_DATA). Default: ${DEFAULT-VALUE}")
    Path dataDir;

    /** The external cluster's settings, or null when the embedded node is wanted. */
    ElasticsearchSettings external() {
        return url == null ? null : new ElasticsearchSettings(url, user, password, apiKey);
    }
}
