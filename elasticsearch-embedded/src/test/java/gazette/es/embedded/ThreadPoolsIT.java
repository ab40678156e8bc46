package gazette.es.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.cat.thread_pool.ThreadPoolRecord;
import java.io.IOException;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SharedNode.class)
class ThreadPoolsIT {
    private static final int CORES = Runtime.getRuntime().availableProcessors();

    @Test
    void indexingLeavesOneCoreToSearchesAndTheSearchPoolKeepsItsDefault(ElasticsearchClient client)
            throws IOException {
        Map<String, String> sizes = client.cat().threadPool(t -> t.threadPoolPatterns("write", "search")
                .h("name", "size")).threadPools().stream()
                .collect(Collectors.toMap(ThreadPoolRecord::name, ThreadPoolRecord::size));

        assertThat(sizes).containsEntry("write", Integer.toString(Math.max(1, CORES - 1)))
                .containsEntry("search", Integer.toString(CORES * 3 / 2 + 1));
    }
}
