package gazette.indexer.dedup;

import gazette.core.PageDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One document id during planning: what the index held, what it will hold, and which writes changed it. */
final class Entry {
    final String id;
    final Stored read;
    Map<String, Object> source;
    boolean touched;
    boolean removalOnly;
    /** In the order they touched this document, each once (by identity: hashing sources is slow). */
    final List<Write> writes = new ArrayList<>();

    Entry(String id, Stored read) {
        this.id = id;
        this.read = read;
        this.source = read == null ? null : read.source();
    }

    boolean live() {
        return source != null;
    }

    void touchedBy(Write write) {
        if (writes.stream().noneMatch(w -> w == write)) {
            writes.add(write);
        }
    }

    List<String> urls() {
        return urls(source);
    }

    /** As {@code urls().contains(url)}, without copying the list: a batch asks this of every entry per write. */
    boolean holds(String url) {
        if (!live()) {
            return false;
        }
        Object urls = source.get(PageDocument.URLS);
        if (!(urls instanceof List<?> list) || list.isEmpty()) {
            return url.equals(source.get(PageDocument.URL));
        }
        for (Object u : list) {
            if (url.equals(String.valueOf(u))) {
                return true;
            }
        }
        return false;
    }

    String hash() {
        return (String) source.get(PageDocument.CONTENT_HASH);
    }

    /** Documents written before {@link PageDocument#URLS} existed list only their own URL. */
    static List<String> urls(Map<String, Object> source) {
        Object urls = source.get(PageDocument.URLS);
        if (urls instanceof List<?> list && !list.isEmpty()) {
            return list.stream().map(String::valueOf).toList();
        }
        return List.of((String) source.get(PageDocument.URL));
    }

    Op op() {
        List<Write> by = List.copyOf(writes);
        if (!live()) {
            return read == null ? null : new Op(Op.Kind.DELETE, id, null, read, by);
        }
        if (read == null) {
            return new Op(Op.Kind.CREATE, id, source, null, by);
        }
        if (removalOnly) {
            return new Op(Op.Kind.UPDATE, id, removalFields(), read, by);
        }
        return new Op(Op.Kind.INDEX, id, source, read, by);
    }

    private Map<String, Object> removalFields() {
        return Map.of(PageDocument.REMOVED, true, PageDocument.REMOVED_AT, source.get(PageDocument.REMOVED_AT));
    }
}
