package gazette.es.embedded;

import java.nio.file.Path;
import java.util.Locale;
import org.elasticsearch.common.settings.Settings;

/** The settings of the embedded single-node cluster. */
final class NodeSettings {
    static final String NODE_NAME = "gazette-embedded";
    /** Log level of the node's console output (WARN unless set), e.g. {@code -Dgazette.es.log.level=INFO}. */
    static final String LOG_LEVEL_PROPERTY = "gazette.es.log.level";
    static final String LOG_LEVEL_ENV = "GAZETTE_ES_LOG_LEVEL";
    private static final String DEFAULT_LOG_LEVEL = "WARN";

    private NodeSettings() {}

    static Settings of(Path home, int httpPort) {
        String logLevel = logLevel();
        Settings.Builder settings = Settings.builder()
                .put("path.home", home.toString())
                .put("path.data", home.resolve("data").toString())
                .put("cluster.name", NODE_NAME)
                .put("node.name", NODE_NAME)
                .put("discovery.type", "single-node")
                .put("network.host", "127.0.0.1")
                .put("http.port", httpPort)
                .put("transport.port", 0)
                // A laptop or CI disk that is 90% full must not turn indices read-only.
                .put("cluster.routing.allocation.disk.threshold_enabled", false)
                .put("thread_pool.write.size", writeThreads(Runtime.getRuntime().availableProcessors()))
                .put("logger.level", logLevel);
        if (DEFAULT_LOG_LEVEL.equals(logLevel)) {
            // ES's native libraries ship only in the distribution; the WARN with a stack trace that says so is noise here,
            // and so is the hint to enable the incubating Vector API, which an embedded test node does not need.
            settings.put("logger.org.elasticsearch.nativeaccess", "ERROR");
            settings.put("logger.org.elasticsearch.simdvec", "ERROR");
        }
        return settings.build();
    }

    /**
     * Every core but one (at least one) indexes: a crawl's bulk requests then never hold every core while the API
     * searches the same node. Elasticsearch's default is one write thread per core; the search pool is left as is.
     */
    static int writeThreads(int cores) {
        return Math.max(1, cores - 1);
    }

    /**
     * Whether indexing threads are lowered (opt-in: measured with a crawl beside searches it bettered their median
     * but not their p99, and slowed crawls on a busy machine; see docs/reliability.md section 5); an unknown value
     * stops the node from starting.
     */
    static boolean lowersIndexingPriority() {
        String value = System.getProperty(IndexingThreadPriority.PROPERTY, System.getenv(IndexingThreadPriority.ENV));
        if (value == null || value.isBlank() || value.strip().equalsIgnoreCase("normal")) {
            return false;
        }
        if (value.strip().equalsIgnoreCase("lowest")) {
            return true;
        }
        throw new IllegalArgumentException(IndexingThreadPriority.PROPERTY + " (or " + IndexingThreadPriority.ENV
                + ") must be lowest or normal, was " + value);
    }

    static String logLevel() {
        String level = System.getProperty(LOG_LEVEL_PROPERTY, System.getenv(LOG_LEVEL_ENV));
        return level == null || level.isBlank() ? DEFAULT_LOG_LEVEL : level.strip().toUpperCase(Locale.ROOT);
    }
}
