package gazette.indexer;

import gazette.core.PageDocument;
import gazette.indexer.dedup.Op;
import gazette.indexer.dedup.Write;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an indexer wrote since it last refreshed the index, as lookup keys (URLs, content hashes, simhash bands). The
 * lookup is a search, which sees only refreshed documents; refreshing before every flush would stall each one, so
 * the indexer refreshes only when a batch could match one of its own unrefreshed writes.
 */
final class Unrefreshed {
    private final Set<String> keys = new HashSet<>();
    /** Starts true: before its first lookup an indexer cannot know what an earlier one wrote moments ago. */
    private boolean conflicted = true;

    /** Whether the lookup for {@code writes} needs a refresh first. */
    boolean mustRefresh(List<Write> writes) {
        return conflicted || writes.stream().anyMatch(w -> keys(w).stream().anyMatch(keys::contains));
    }

    void refreshed() {
        keys.clear();
        conflicted = false;
    }

    void wrote(List<Op> ops) {
        ops.stream().filter(op -> op.source() != null).forEach(op -> keys.addAll(keys(op.source())));
        ops.forEach(op -> op.writes().forEach(w -> keys.addAll(keys(w))));
    }

    /** Another writer changed a document this indexer read: refresh before looking again. */
    void conflicted() {
        conflicted = true;
    }

    private static Set<String> keys(Write write) {
        Set<String> keys = new HashSet<>();
        keys.add("url:" + write.url());
        if (write instanceof Write.Accept a) {
            keys.addAll(keys(a.source()));
        }
        return keys;
    }

    private static Set<String> keys(Map<String, Object> source) {
        Set<String> keys = new HashSet<>();
        list(source.get(PageDocument.URLS)).forEach(u -> keys.add("url:" + u));
        if (source.get(PageDocument.URL) != null) {
            keys.add("url:" + source.get(PageDocument.URL));
        }
        if (source.get(PageDocument.CONTENT_HASH) != null) {
            keys.add("hash:" + source.get(PageDocument.CONTENT_HASH));
        }
        list(source.get(PageDocument.SIMHASH_BANDS)).forEach(b -> keys.add("band:" + b));
        return keys;
    }

    private static List<?> list(Object value) {
        return value instanceof List<?> list ? list : List.of();
    }
}
