package gazette.indexer;

import gazette.core.PageDocument;
import gazette.indexer.dedup.Op;
import gazette.indexer.dedup.Simhash;
import gazette.indexer.dedup.Write;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The keys {@link StoredDocuments} looks documents up by (URLs, content hashes, simhash bands), as strings: two
 * writes, or a write and a document, can touch each other's plan only if their keys meet.
 */
final class LookupKeys {
    private LookupKeys() {}

    /**
     * What a batch touches, to decide whether a later batch must wait for it: its URL and text keys, and its simhashes.
     * Sharing a simhash band is not enough, only being near: four 16-bit bands made about fifteen chance matches
     * between two 500-page batches, so every batch would have waited for the one before it.
     */
    record Footprint(Set<String> keys, List<Simhash> simhashes) {
        boolean meets(Footprint other) {
            return meet(keys, other.keys)
                    || simhashes.stream().anyMatch(s -> other.simhashes.stream().anyMatch(s::isNear));
        }
    }

    static Footprint footprint(List<Write> writes) {
        Footprint footprint = new Footprint(new HashSet<>(), new ArrayList<>());
        writes.forEach(w -> add(footprint, w));
        return footprint;
    }

    /** Of the documents the operations write and read as well as of their writes: a delete names no document. */
    static Footprint footprintOfOps(List<Op> ops) {
        Footprint footprint = new Footprint(new HashSet<>(), new ArrayList<>());
        for (Op op : ops) {
            op.writes().forEach(w -> add(footprint, w));
            add(footprint, op.source());
            add(footprint, op.read() == null ? null : op.read().source());
        }
        return footprint;
    }

    static Set<String> of(List<Write> writes) {
        Set<String> keys = new HashSet<>();
        writes.forEach(w -> {
            keys.add("url:" + w.url());
            if (w instanceof Write.Accept a) {
                keys.addAll(of(a.source()));
            }
        });
        return keys;
    }

    static Set<String> of(Map<String, Object> source) {
        Set<String> keys = exact(source);
        list(source.get(PageDocument.SIMHASH_BANDS)).forEach(b -> keys.add("band:" + b));
        return keys;
    }

    static boolean meet(Set<String> a, Set<String> b) {
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        return small.stream().anyMatch(large::contains);
    }

    private static void add(Footprint footprint, Write write) {
        footprint.keys().add("url:" + write.url());
        if (write instanceof Write.Accept a) {
            add(footprint, a.source());
        }
    }

    private static void add(Footprint footprint, Map<String, Object> source) {
        if (source == null) {
            return;
        }
        footprint.keys().addAll(exact(source));
        if (source.get(PageDocument.SIMHASH) != null) {
            footprint.simhashes().add(Simhash.parse(source.get(PageDocument.SIMHASH).toString()));
        }
    }

    private static Set<String> exact(Map<String, Object> source) {
        Set<String> keys = new HashSet<>();
        list(source.get(PageDocument.URLS)).forEach(u -> keys.add("url:" + u));
        if (source.get(PageDocument.URL) != null) {
            keys.add("url:" + source.get(PageDocument.URL));
        }
        if (source.get(PageDocument.CONTENT_HASH) != null) {
            keys.add("hash:" + source.get(PageDocument.CONTENT_HASH));
        }
        return keys;
    }

    private static List<?> list(Object value) {
        return value instanceof List<?> list ? list : List.of();
    }
}
