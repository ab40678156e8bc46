package gazette.indexer;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import gazette.core.Json;
import gazette.core.PagesIndex;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the versioned pages index behind its alias. Writers get the versioned name; readers use the alias, so a
 * later version can be built beside this one and the alias moved without downtime.
 */
public final class IndexLifecycle {
    private static final Logger log = LoggerFactory.getLogger(IndexLifecycle.class);

    private final ElasticsearchClient client;

    public IndexLifecycle(ElasticsearchClient client) {
        this.client = client;
    }

    /**
     * Makes sure the alias points at an index of this build's version; returns the index to write to. An existing
     * index that lacks fields of this build's definition (made by an earlier build of the same version) stops
     * start-up: its strict mapping would reject every page.
     */
    public String ensure(String alias) {
        String index = PagesIndex.versioned(alias);
        try {
            if (!client.indices().exists(e -> e.index(index)).value()) {
                create(index, alias);
                return index;
            }
            requireFields(index);
            if (!client.indices().existsAlias(a -> a.name(alias).index(index)).value()) {
                client.indices().putAlias(a -> a.index(index).name(alias));
            }
            return index;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reach Elasticsearch to prepare index " + index, e);
        }
    }

    /** Deletes this version's index and creates it anew, empty; for demos and tests. */
    public String recreate(String alias) {
        String index = PagesIndex.versioned(alias);
        try {
            if (client.indices().exists(e -> e.index(index)).value()) {
                client.indices().delete(d -> d.index(index));
            }
            create(index, alias);
            return index;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reach Elasticsearch to recreate index " + index, e);
        }
    }

    private void requireFields(String index) throws IOException {
        Set<String> existing = client.indices().getMapping(m -> m.index(index)).get(index).mappings().properties()
                .keySet();
        List<String> missing = new ArrayList<>();
        definedFields().forEach(f -> {
            if (!existing.contains(f)) {
                missing.add(f);
            }
        });
        if (!missing.isEmpty()) {
            throw new IllegalStateException("index " + index + " was created by an older definition and lacks "
                    + missing + "; delete it (or rebuild it under a new version) and index again");
        }
    }

    private static List<String> definedFields() throws IOException {
        JsonNode properties = Json.mapper().readTree(PagesIndex.definition()).path("mappings").path("properties");
        List<String> names = new ArrayList<>();
        properties.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private void create(String index, String alias) throws IOException {
        client.indices().create(c -> c.index(index)
                .withJson(new StringReader(PagesIndex.definition()))
                .aliases(alias, a -> a.isWriteIndex(true)));
        log.info("event=index_created index={} alias={}", index, alias);
    }
}
