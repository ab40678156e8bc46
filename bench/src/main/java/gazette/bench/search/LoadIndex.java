package gazette.bench.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import gazette.core.Page;
import gazette.core.PageDocument;
import gazette.indexer.IndexLifecycle;
import gazette.indexer.PageSource;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The index the load runs against: Gazette's real pages index definition (through {@link IndexLifecycle}) holding
 * {@link GeneratedPages} as the indexer writes them ({@link PageSource}, each page its own duplicate group), sent as
 * plain bulks. An alias that already holds the wanted number of pages is reused, so a second run on the same data
 * folder skips indexing, and one that holds fewer is completed.
 */
final class LoadIndex {
    private static final Logger log = LoggerFactory.getLogger(LoadIndex.class);
    private static final int BATCH = 500;
    /** Bulks in flight: each builds its documents (language checks, simhash) and then waits for the node. */
    private static final int IN_FLIGHT = 3;

    private final ElasticsearchClient client;
    private final String alias;

    LoadIndex(ElasticsearchClient client, String alias) {
        this.client = client;
        this.alias = alias;
    }

    /**
     * Makes the alias hold at least {@code count} pages: reuses it when it does, else writes the pages it lacks,
     * resuming after the ones an interrupted run wrote (rewriting the last few batches, which may have gaps, is
     * harmless: ids derive from URLs). Returns true when it had to write.
     */
    boolean ensure(GeneratedPages pages, int count) throws IOException, InterruptedException {
        long held = documents();
        if (held >= count) {
            log.info("event=index_reused alias={} documents={}", alias, held);
            return false;
        }
        String index = new IndexLifecycle(client).ensure(alias);
        int from = (int) Math.max(0, (Math.max(0, held) / BATCH - IN_FLIGHT - 1) * BATCH);
        log.info("event=indexing_from alias={} held={} from={} to={}", alias, held, from, count);
        client.indices().putSettings(s -> s.index(index).settings(i -> i.refreshInterval(t -> t.time("-1"))));
        fill(index, pages, from, count);
        client.indices().putSettings(s -> s.index(index).settings(i -> i.refreshInterval(t -> t.time("1s"))));
        if (documents() != count) {
            throw new IllegalStateException(alias + " holds " + documents() + " documents after indexing " + count);
        }
        return true;
    }

    /** The pages the alias holds, all of them visible (refreshed); -1 without the alias. */
    long documents() throws IOException {
        if (!client.indices().existsAlias(a -> a.name(alias)).value()) {
            return -1;
        }
        client.indices().refresh(r -> r.index(alias));
        return client.count(c -> c.index(alias)).count();
    }

    private void fill(String index, GeneratedPages pages, int first, int count) throws InterruptedException {
        long began = System.nanoTime();
        try (ExecutorService bulks = Executors.newFixedThreadPool(IN_FLIGHT)) {
            List<Future<?>> pending = new ArrayList<>();
            for (int from = first; from < count; from += BATCH) {
                int start = from;
                pending.add(bulks.submit(() -> send(index, operations(pages, start, Math.min(count, start + BATCH)))));
                if (pending.size() >= IN_FLIGHT) {
                    await(pending.removeFirst());
                }
                if ((from / BATCH) % 20 == 19) {
                    log.info("event=indexing documents={} seconds={}", from + BATCH, (System.nanoTime() - began) / 1e9);
                }
            }
            for (Future<?> f : pending) {
                await(f);
            }
        }
    }

    private static List<BulkOperation> operations(GeneratedPages pages, int from, int to) {
        List<BulkOperation> ops = new ArrayList<>(to - from);
        for (int n = from; n < to; n++) {
            Page page = pages.page(n);
            String id = PageDocument.id(page.url());
            Map<String, Object> source = PageSource.of(page);
            source.put(PageDocument.DUPLICATE_GROUP, id);
            ops.add(BulkOperation.of(o -> o.index(i -> i.id(id).document(source))));
        }
        return ops;
    }

    private Void send(String index, List<BulkOperation> ops) throws IOException {
        BulkResponse response = client.bulk(b -> b.index(index).operations(ops));
        if (response.errors()) {
            BulkResponseItem failed = response.items().stream().filter(i -> i.error() != null).findFirst().orElseThrow();
            throw new IllegalStateException("bulk rejected " + failed.id() + ": " + failed.error().reason());
        }
        return null;
    }

    private static void await(Future<?> bulk) throws InterruptedException {
        try {
            bulk.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("indexing failed", e.getCause());
        }
    }
}
