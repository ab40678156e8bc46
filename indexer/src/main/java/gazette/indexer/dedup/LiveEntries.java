package gazette.indexer.dedup;

import gazette.core.PageDocument;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The live entries of a {@link WritePlan}, found by URL, content hash and simhash band. A batch asks for them once per
 * write; scanning every live entry each time made planning a 500-page batch quadratic (a fifth of the indexer's own
 * CPU time in the indexing benchmark). Answers come in id order, as a scan of the entries by id would give them.
 */
final class LiveEntries {
    private static final Comparator<Entry> BY_ID = Comparator.comparing(e -> e.id);

    private final Map<String, Set<Entry>> byUrl = new HashMap<>();
    private final Map<String, Set<Entry>> byHash = new HashMap<>();
    private final Map<String, Set<Entry>> byBand = new HashMap<>();

    /** Files a new entry under the keys of its document, if it has one. */
    void file(Entry e) {
        if (e.live()) {
            keys(e.source, (index, key) -> index.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(e));
        }
    }

    /** Gives a filed entry the document {@code source} (null: no longer live) and files it under its new keys. */
    void set(Entry e, Map<String, Object> source) {
        if (e.live()) {
            keys(e.source, (index, key) -> index.get(key).remove(e));
        }
        e.source = source;
        file(e);
    }

    /** Live entries listing {@code url}. */
    List<Entry> holding(String url) {
        return sorted(byUrl.get(url));
    }

    /** Live entries of the text {@code hash}. */
    List<Entry> withHash(String hash) {
        return sorted(byHash.get(hash));
    }

    /** Live entries sharing a simhash band with {@code source}: every near-duplicate does (see {@link Simhash}). */
    List<Entry> sharingBand(Map<String, Object> source) {
        Set<Entry> found = new LinkedHashSet<>();
        bands(source).forEach(band -> found.addAll(byBand.getOrDefault(band, Set.of())));
        return sorted(found);
    }

    private void keys(Map<String, Object> source, KeyVisitor visit) {
        Entry.urls(source).forEach(url -> visit.visit(byUrl, url));
        if (source.get(PageDocument.CONTENT_HASH) instanceof String hash) {
            visit.visit(byHash, hash);
        }
        bands(source).forEach(band -> visit.visit(byBand, band));
    }

    /** From the simhash itself, not the stored bands: documents written before bands existed have none. */
    private static List<String> bands(Map<String, Object> source) {
        Object simhash = source.get(PageDocument.SIMHASH);
        return simhash == null ? List.of() : Simhash.parse(simhash.toString()).bands();
    }

    private static List<Entry> sorted(Collection<Entry> entries) {
        if (entries == null || entries.isEmpty()) {
            return List.of();
        }
        List<Entry> list = new ArrayList<>(entries);
        list.sort(BY_ID);
        return list;
    }

    private interface KeyVisitor {
        void visit(Map<String, Set<Entry>> index, String key);
    }
}
