package gazette.indexer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import gazette.core.Json;
import gazette.core.Page;
import gazette.core.PageDocument;
import gazette.core.PagesIndex;
import gazette.testing.TestElasticsearch;
import gazette.testing.WithElasticsearch;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

@WithElasticsearch
class IndexLifecycleIT {

    @Test
    void ensureCreatesTheIndexOnceAndThenReusesIt(TestElasticsearch es) {
        IndexLifecycle lifecycle = new IndexLifecycle(es.client());
        String index = lifecycle.ensure(es.index());

        assertThat(lifecycle.ensure(es.index())).isEqualTo(index).isEqualTo(PagesIndex.versioned(es.index()));
    }

    @Test
    void reindexBuildsTheNewVersionAndSwapsTheAliasWhileSearchesKeepAnswering(TestElasticsearch es) throws Exception {
        String alias = es.index() + "-migrated";
        String old = olderVersion(es, alias);
        Searcher searcher = new Searcher(es, alias);
        List<Long> duringCopy = new ArrayList<>();
        IndexLifecycle lifecycle = new IndexLifecycle(es.client(), index -> {
            searcher.awaitFirst();
            duringCopy.add(count(es, alias));
            duringCopy.add(count(es, index));
        });

        String index = lifecycle.reindex(alias);
        List<Long> seen = searcher.stop();

        assertThat(index).isEqualTo(PagesIndex.versioned(alias));
        assertThat(duringCopy).containsExactly(3L, 3L);
        assertThat(seen).isNotEmpty().containsOnly(3L);
        assertThat(es.client().indices().getAlias(a -> a.name(alias)).aliases().keySet()).containsExactly(index);
        assertThat(es.client().indices().exists(e -> e.index(old)).value()).isFalse();
        Map<?, ?> removed = es.client().get(g -> g.index(alias).id(PageDocument.id(GONE)), Map.class).source();
        assertThat(removed.get(PageDocument.REMOVED)).isEqualTo(true);
        assertThat(removed.get(PageDocument.REMOVED_AT)).isEqualTo("2024-02-01T00:00:00Z");
        assertThat(BulkIndexerIT.hits(es.client(), alias, "body_en", "reforming")).containsExactly(REPORT);
        assertThat(lifecycle.ensure(alias)).isEqualTo(index);
    }

    @Test
    void recreateLeavesTheAliasOnTheNewIndexOnly(TestElasticsearch es) throws IOException {
        String alias = es.index() + "-recreated";
        String old = olderVersion(es, alias);

        String index = new IndexLifecycle(es.client()).recreate(alias);

        assertThat(es.client().indices().getAlias(a -> a.name(alias)).aliases().keySet()).containsExactly(index);
        assertThat(count(es, alias)).isZero();
        assertThat(count(es, old)).isEqualTo(3);
    }

    @Test
    void refusesAnIndexMadeByAnOlderDefinition(TestElasticsearch es) throws IOException {
        String alias = es.index() + "-old";
        ObjectNode older = (ObjectNode) Json.mapper().readTree(PagesIndex.definition());
        ((ObjectNode) older.path("mappings").path("properties")).remove(PageDocument.STORY);
        es.client().indices().create(c -> c.index(PagesIndex.versioned(alias))
                .withJson(new StringReader(older.toString())));

        assertThatThrownBy(() -> new IndexLifecycle(es.client()).ensure(alias))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("lacks [story]");
    }

    private static final String REPORT = "https://gov.example/zh/report";
    private static final String GONE = "https://gov.example/en/gone";

    /** An index of the previous version behind the alias: without this version's fields, with three pages. */
    private static String olderVersion(TestElasticsearch es, String alias) throws IOException {
        String old = PagesIndex.versioned(alias, PagesIndex.VERSION - 1);
        ObjectNode definition = (ObjectNode) Json.mapper().readTree(PagesIndex.definition());
        ObjectNode properties = (ObjectNode) definition.path("mappings").path("properties");
        List<String> added = List.of(PageDocument.SIMHASH, PageDocument.SIMHASH_BANDS, PageDocument.URL_IDS);
        properties.remove(added);
        es.client().indices().create(c -> c.index(old).withJson(new StringReader(definition.toString()))
                .aliases(alias, a -> a.isWriteIndex(true)));
        List<Page> pages = List.of(
                page(REPORT, "zh", "国家老龄办发布报告。\n\nThe report examines the pension reforms of the last decade and "
                        + "their effect on rural households."),
                page(GONE, "en", "The office has moved."),
                page("https://gov.example/en/budget", "en", "The budget was published."));
        for (Page page : pages) {
            Map<String, Object> source = PageDocument.source(page);
            source.keySet().removeAll(added);
            if (page.url().equals(GONE)) {
                source.put(PageDocument.REMOVED, true);
                source.put(PageDocument.REMOVED_AT, "2024-02-01T00:00:00Z");
            }
            es.client().index(i -> i.index(old).id(PageDocument.id(page.url())).document(source));
        }
        es.client().indices().refresh(r -> r.index(old));
        return old;
    }

    private static Page page(String url, String language, String text) {
        return new Page(url, "gov.example", "Report", null, language, text, Instant.parse("2024-01-01T00:00:00Z"),
                null, List.of());
    }

    private static long count(TestElasticsearch es, String index) {
        try {
            return es.client().count(c -> c.index(index)).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Searches the alias without pause on its own thread, recording every hit count, until stopped. */
    private static final class Searcher {
        private final List<Long> counts = new CopyOnWriteArrayList<>();
        private final CountDownLatch first = new CountDownLatch(1);
        private final AtomicBoolean stop = new AtomicBoolean();
        private final CompletableFuture<Void> loop;

        Searcher(TestElasticsearch es, String alias) {
            loop = CompletableFuture.runAsync(() -> {
                while (!stop.get()) {
                    counts.add(count(es, alias));
                    first.countDown();
                }
            });
        }

        void awaitFirst() {
            try {
                first.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        /** Stops after one more search, so the list also holds a count taken after the swap; throws what it threw. */
        List<Long> stop() {
            int before = counts.size();
            while (counts.size() <= before && !loop.isDone()) {
                Thread.onSpinWait();
            }
            stop.set(true);
            loop.join();
            return List.copyOf(counts);
        }
    }
}
