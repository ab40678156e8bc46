package gazette.indexer.bench;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.nodes.stats.NodeStatsMetric;
import java.io.IOException;
import java.lang.management.ManagementFactory;

/**
 * One timed round of a variant: documents per second, and the CPU time per document this process (building and
 * sending documents) and the Elasticsearch node (analysing and indexing them) spent. On a machine other work shares,
 * the wall-clock rate varies with what else runs; the CPU time per document much less.
 *
 * @param rate        documents per second
 * @param clientCpuMs CPU milliseconds per document in this process, every thread
 * @param nodeCpuMs   CPU milliseconds per document in the node's process (its own figure, so any node)
 */
record Round(double rate, double clientCpuMs, double nodeCpuMs) {

    /**
     * The node refreshes its process figures at most once a second ({@code monitor.process.refresh_interval}): before
     * reading them at either end of a round the benchmark waits that long, untimed, while the node is idle.
     */
    private static final long NODE_FIGURES_AGE_MS = 1_100;

    /** Starts a round: {@link Start#stop} ends it. */
    static Start start(ElasticsearchClient client) throws IOException {
        long node = nodeCpuMillis(client);
        return new Start(client, System.nanoTime(), clientCpuNanos(), node);
    }

    double cpuMs() {
        return clientCpuMs + nodeCpuMs;
    }

    record Start(ElasticsearchClient client, long nanos, long clientCpuNanos, long nodeCpuMillis) {
        Round stop(int documents) throws IOException {
            double seconds = (System.nanoTime() - nanos) / 1e9;
            double own = (Round.clientCpuNanos() - clientCpuNanos) / 1e6 / documents;
            double node = (double) (Round.nodeCpuMillis(client()) - nodeCpuMillis) / documents;
            return new Round(documents / seconds, own, node);
        }
    }

    private static void settle() {
        try {
            Thread.sleep(NODE_FIGURES_AGE_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static long clientCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long nodeCpuMillis(ElasticsearchClient client) throws IOException {
        settle();
        return client.nodes().stats(s -> s.metric(NodeStatsMetric.Process)).nodes().values().stream()
                .mapToLong(n -> n.process().cpu().totalInMillis()).sum();
    }
}
