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
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the versioned pages index behind its alias and migrates it when this build's {@link PagesIndex#VERSION} is
 * newer. Writers get the versioned name; readers use the alias, so a later version is built beside the old one and
 * the alias moved in one atomic step: searches keep answering from the old index until the new one is complete.
 */
public final class IndexLifecycle {
    private static final Logger log = LoggerFactory.getLogger(IndexLifecycle.class);

    private final ElasticsearchClient client;
    private final Consumer<String> beforeSwap;

    public IndexLifecycle(ElasticsearchClient client) {
        this(client, index -> {});
    }

    /** {@code beforeSwap} gets the new index once it is complete and verified, just before the alias moves. */
    IndexLifecycle(ElasticsearchClient client, Consumer<String> beforeSwap) {
        this.client = client;
        this.beforeSwap = beforeSwap;
    }

    /**
     * Makes sure the alias points at an index of this build's version; returns the index to write to. An alias still
     * on an older version is migrated first ({@link #reindex}), so an upgraded crawler or server never writes to or
     * reads from an index of the wrong shape. An existing index that lacks fields of this build's definition (made by an earlier build of the same version) stops
     * start-up: its strict mapping would reject every page.
     */
    public String ensure(String alias) {
        String index = PagesIndex.versioned(alias);
        try {
            if (behind(alias).isPresent()) {
                return reindex(alias);
            }
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

    /**
     * Moves the alias to an index of this build's version, if it points at an older one: creates the new index,
     * copies every document into it (re-derived by this build, see {@link Migration}), checks the counts, then swaps
     * the alias in one update-aliases call and deletes the old index. The old index stays behind the alias until the
     * swap succeeded, so searches keep answering throughout and a failed run leaves everything as it was. Documents
     * written to the old index during the copy are lost, so run it while no crawl writes. Returns the index behind
     * the alias.
     */
    public String reindex(String alias) {
        String index = PagesIndex.versioned(alias);
        try {
            Optional<String> old = behind(alias);
            if (old.isEmpty()) {
                return ensure(alias);
            }
            if (client.indices().exists(e -> e.index(index)).value()) {
                client.indices().delete(d -> d.index(index)); // left by a failed run; no one reads it
            }
            client.indices().create(c -> c.index(index).withJson(new StringReader(PagesIndex.definition())));
            long copied = new IndexCopy(client).copy(old.get(), index, Set.copyOf(definedFields()));
            verify(old.get(), index, copied);
            beforeSwap.accept(index);
            swap(alias, old.get(), index);
            client.indices().delete(d -> d.index(old.get()));
            log.info("event=index_migrated alias={} from={} to={} documents={}", alias, old.get(), index, copied);
            return index;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reach Elasticsearch to migrate " + alias + " to " + index, e);
        }
    }

    /** The index behind the alias when it is of an older version than this build's. */
    private Optional<String> behind(String alias) throws IOException {
        if (!client.indices().existsAlias(a -> a.name(alias)).value()) {
            return Optional.empty();
        }
        Set<String> indices = client.indices().getAlias(a -> a.name(alias)).aliases().keySet();
        if (indices.size() != 1) {
            throw new IllegalStateException("alias " + alias + " points at " + indices + "; expected one index");
        }
        String current = indices.iterator().next();
        if (PagesIndex.versionOf(current) > PagesIndex.VERSION) {
            throw new IllegalStateException("alias " + alias + " points at " + current + ", made by a newer build "
                    + "(this one writes version " + PagesIndex.VERSION + ")");
        }
        return PagesIndex.versionOf(current) < PagesIndex.VERSION ? Optional.of(current) : Optional.empty();
    }

    private void verify(String old, String index, long copied) throws IOException {
        client.indices().refresh(r -> r.index(index));
        long source = client.count(c -> c.index(old)).count();
        long target = client.count(c -> c.index(index)).count();
        if (source != copied || target != copied) {
            throw new IllegalStateException("reindex of " + old + " into " + index + " copied " + copied
                    + " documents, but the old index has " + source + " and the new one " + target
                    + "; was a crawl writing meanwhile? The alias was not moved");
        }
    }

    /** One update-aliases call, so there is no moment at which the alias points at no index or at both. */
    private void swap(String alias, String old, String index) throws IOException {
        client.indices().updateAliases(u -> u
                .actions(a -> a.remove(r -> r.index(old).alias(alias)))
                .actions(a -> a.add(add -> add.index(index).alias(alias).isWriteIndex(true))));
    }

    /**
     * Deletes this version's index and creates it anew, empty, as the only index behind the alias; for demos and
     * tests.
     */
    public String recreate(String alias) {
        String index = PagesIndex.versioned(alias);
        try {
            if (client.indices().exists(e -> e.index(index)).value()) {
                client.indices().delete(d -> d.index(index));
            }
            if (client.indices().existsAlias(a -> a.name(alias)).value()) {
                client.indices().deleteAlias(d -> d.index("*").name(alias)); // older versions stay, unread
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
