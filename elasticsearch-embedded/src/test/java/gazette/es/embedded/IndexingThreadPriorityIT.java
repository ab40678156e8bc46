package gazette.es.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Runs with {@link IndexingThreadPriority#JVM_FLAGS} (this module's surefire argLine). */
@ExtendWith(SharedNode.class)
class IndexingThreadPriorityIT {
    private static final String INDEX = "indexing-priority-it";

    @Test
    void indexingThreadsEndAtTheLowestPriorityAndSearchThreadsKeepTheNormalOne(ElasticsearchClient client)
            throws IOException {
        assumeFlags();
        indexAndSearch(client);

        IndexingThreadPriority.lowerIndexingThreads(); // the daemon's pass, run now rather than waited for

        assertThat(threadsOf("write")).isNotEmpty().allMatch(t -> t.getPriority() == Thread.MIN_PRIORITY);
        assertThat(threadsOf("search")).isNotEmpty().allMatch(t -> t.getPriority() == Thread.NORM_PRIORITY);
    }

    @Test
    void aLoweredWriteThreadRunsAtNice19(EmbeddedElasticsearch node) throws Exception {
        assumeFlags();
        assumeTrue(Files.isReadable(Path.of("/proc/thread-self/stat")), "not Linux");
        WriteThread writer = onWriteThread(node, () -> new WriteThread(Thread.currentThread(),
                Path.of("/proc/thread-self").toRealPath().resolve("stat")));

        IndexingThreadPriority.lowerIndexingThreads();

        assertThat(writer.thread().getName()).contains("[write]");
        assertThat(writer.thread().getPriority()).isEqualTo(Thread.MIN_PRIORITY);
        assertThat(nice(writer.stat())).isEqualTo(19);
    }

    @Test
    void recognisesTheIndexingPoolsByThreadName() {
        assertThat(List.of("write", "write_coordination", "refresh", "flush", "merge", "force_merge"))
                .allMatch(pool -> IndexingThreadPriority.isIndexing(esThread(pool)));
        assertThat(List.of("search", "search_coordination", "transport_worker", "generic", "management", "get"))
                .noneMatch(pool -> IndexingThreadPriority.isIndexing(esThread(pool)));
    }

    private static void assumeFlags() {
        assumeTrue(IndexingThreadPriority.lowestNice().isPresent(),
                "the test JVM ignores thread priorities: run it with " + IndexingThreadPriority.JVM_FLAGS);
    }

    private record WriteThread(Thread thread, Path stat) {}

    private static void indexAndSearch(ElasticsearchClient client) throws IOException {
        client.bulk(b -> {
            IntStream.range(0, 50).forEach(i -> b.operations(o -> o.index(x -> x.index(INDEX).id("d" + i)
                    .document(Map.of("title", "page " + i)))));
            return b.refresh(Refresh.True);
        });
        assertThat(client.search(s -> s.index(INDEX).query(q -> q.match(m -> m.field("title").query("page"))),
                Map.class).hits().total().value()).isEqualTo(50);
    }

    /** Runs {@code task} on one of the node's write threads. */
    private static <T> T onWriteThread(EmbeddedElasticsearch node, Callable<T> task) throws Exception {
        Future<T> result = node.executor("write").submit(task);
        try {
            return result.get();
        } catch (ExecutionException e) {
            throw (Exception) e.getCause();
        }
    }

    private static List<Thread> threadsOf(String pool) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().matches("elasticsearch\\[[^]]*]\\[" + pool + "].*")).toList();
    }

    private static Thread esThread(String pool) {
        return Thread.ofPlatform().name("elasticsearch[gazette-embedded][" + pool + "][T#1]").unstarted(() -> {});
    }

    /** Field 19 of {@code /proc/<pid>/task/<tid>/stat}, counted after the command name in parentheses. */
    private static int nice(Path stat) throws IOException {
        String line = Files.readString(stat);
        return Integer.parseInt(line.substring(line.lastIndexOf(')') + 2).split(" ")[16]);
    }
}
