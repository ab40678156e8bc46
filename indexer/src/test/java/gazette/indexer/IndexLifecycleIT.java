package gazette.indexer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import gazette.core.Json;
import gazette.core.PageDocument;
import gazette.core.PagesIndex;
import gazette.testing.TestElasticsearch;
import gazette.testing.WithElasticsearch;
import java.io.IOException;
import java.io.StringReader;
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
    void refusesAnIndexMadeByAnOlderDefinition(TestElasticsearch es) throws IOException {
        String alias = es.index() + "-old";
        ObjectNode older = (ObjectNode) Json.mapper().readTree(PagesIndex.definition());
        ((ObjectNode) older.path("mappings").path("properties")).remove(PageDocument.STORY);
        es.client().indices().create(c -> c.index(PagesIndex.versioned(alias))
                .withJson(new StringReader(older.toString())));

        assertThatThrownBy(() -> new IndexLifecycle(es.client()).ensure(alias))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("lacks [story]");
    }
}
