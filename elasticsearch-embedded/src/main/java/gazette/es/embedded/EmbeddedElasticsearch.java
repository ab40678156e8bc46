package gazette.es.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.elasticsearch.common.logging.LogConfigurator;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.http.HttpServerTransport;
import org.elasticsearch.node.EmbeddedNode;
import org.elasticsearch.node.InternalSettingsPreparer;
import org.elasticsearch.node.Node;
import org.elasticsearch.plugins.Plugin;
import org.elasticsearch.threadpool.ThreadPool;
import org.elasticsearch.transport.netty4.Netty4Plugin;

/**
 * A real single-node Elasticsearch running inside this JVM, serving HTTP on 127.0.0.1, with Gazette's language
 * analyzers and tokenizers under their Elasticsearch names (see {@link LanguageAnalysisPlugin}).
 *
 * <p>Not present, because their modules are not published: painless scripts, reindex and delete-by-query, ingest
 * processors and the mapper-extras field types. Run on the class path (not the module path) with Java 21+.
 */
public final class EmbeddedElasticsearch implements AutoCloseable {
    private static final List<Class<? extends Plugin>> PLUGINS =
            List.of(Netty4Plugin.class, LanguageAnalysisPlugin.class, RootInfoPlugin.class);
    private static final AtomicBoolean LOGGING_CONFIGURED = new AtomicBoolean();
    /** Log4j, not SLF4J: the node's own logging is Log4j, so these lines share its console and level. */
    private static final Logger LOG = LogManager.getLogger(EmbeddedElasticsearch.class);

    private final Node node;
    private final int port;
    private final IndexingThreadPriority indexingPriority;
    private final AtomicBoolean closed = new AtomicBoolean();

    private EmbeddedElasticsearch(Node node, int port, IndexingThreadPriority indexingPriority) {
        this.node = node;
        this.port = port;
        this.indexingPriority = indexingPriority;
    }

    /**
     * Starts a single-node ES on 127.0.0.1; httpPort 0 = a free port. dataDir holds path.home/path.data (created if
     * missing). With {@code -Dgazette.es.indexing-priority=lowest} (or {@code GAZETTE_ES_INDEXING_PRIORITY}) its
     * indexing threads run at the lowest CPU priority where the JVM allows it ({@link IndexingThreadPriority}).
     */
    public static EmbeddedElasticsearch start(Path dataDir, int httpPort) {
        long started = System.nanoTime();
        boolean lowerIndexing = NodeSettings.lowersIndexingPriority();
        Path home = createDirectories(dataDir.toAbsolutePath());
        Node node = newNode(home, NodeSettings.of(home, httpPort));
        try {
            node.start();
        } catch (Exception e) {
            closeQuietly(node, e);
            throw new IllegalStateException("Elasticsearch did not start in " + home + " on port " + httpPort, e);
        }
        EmbeddedElasticsearch running = new EmbeddedElasticsearch(node, boundPort(node),
                lowerIndexing ? IndexingThreadPriority.start() : null);
        LOG.info("Elasticsearch started in {} ms at {} with data in {}",
                (System.nanoTime() - started) / 1_000_000, running.url(), home);
        return running;
    }

    private static Node newNode(Path home, Settings settings) {
        configureLogging(settings);
        Environment env = InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), home.resolve("config"),
                () -> NodeSettings.NODE_NAME);
        return new EmbeddedNode(env, PLUGINS);
    }

    private static int boundPort(Node node) {
        return node.injector().getInstance(HttpServerTransport.class).boundAddress().publishAddress().getPort();
    }

    /** The HTTP address, e.g. {@code http://127.0.0.1:9200}. */
    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    /** Stops the node and waits for it; a second call does nothing. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        if (indexingPriority != null) {
            indexingPriority.close();
        }
        try {
            node.close();
            node.awaitClose(30, TimeUnit.SECONDS);
        } catch (IOException e) {
            throw new UncheckedIOException("closing Elasticsearch at " + url(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One of the node's thread pools, e.g. {@code write}: to run a task on its threads in tests. */
    ExecutorService executor(String pool) {
        return node.injector().getInstance(ThreadPool.class).executor(pool);
    }

    /** Log4j must be set up before the node is built; ES's configurator may only run once per JVM. */
    private static void configureLogging(Settings settings) {
        if (LOGGING_CONFIGURED.compareAndSet(false, true)) {
            LogConfigurator.configureWithoutConfig(settings);
        }
    }

    private static Path createDirectories(Path dir) {
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the Elasticsearch data directory " + dir, e);
        }
    }

    private static void closeQuietly(Node node, Exception cause) {
        try {
            node.close();
        } catch (IOException | RuntimeException e) {
            cause.addSuppressed(e);
        }
    }
}
