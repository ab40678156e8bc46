package gazette.indexer;

import gazette.indexer.dedup.Op;
import gazette.indexer.dedup.Stored;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The documents this indexer wrote, as Elasticsearch acknowledged them (sequence number and primary term included),
 * until a refresh makes them visible to its lookups. The lookup is a search, which sees only refreshed documents;
 * rather than refreshing before every batch that could match its own recent writes, the indexer answers those from
 * here. Another writer's changes still need a refresh: a conflict (409) says one happened, and then the next lookup
 * refreshes first. Thread-safe: the bulk listener adds, the indexing thread reads.
 */
final class OwnWrites {
    /** Beyond this many remembered documents the next lookup refreshes, which lets them go. */
    static final int MAX_REMEMBERED = 5_000;

    /** A document as written (a null source: deleted), its lookup keys, and the refresh generation it was seen in. */
    private record Written(Stored doc, Set<String> keys, long generation) {}

    private final Map<String, Written> byId = new HashMap<>();
    private long generation;
    /** Starts true: before its first lookup an indexer cannot know what an earlier one wrote moments ago. */
    private boolean conflicted = true;
    private long conflictGeneration;

    /** Elasticsearch acknowledged {@code op} at {@code seqNo}/{@code primaryTerm}. */
    synchronized void acknowledged(Op op, long seqNo, long primaryTerm) {
        Map<String, Object> source = switch (op.kind()) {
            case CREATE, INDEX -> op.source();
            case UPDATE -> merged(op.read().source(), op.source());
            case DELETE -> null;
        };
        Set<String> keys = source == null ? Set.of() : LookupKeys.of(source);
        byId.put(op.id(), new Written(new Stored(op.id(), source, seqNo, primaryTerm), keys, generation));
    }

    /** Another writer changed a document this indexer read: refresh before looking again. */
    synchronized void conflicted() {
        conflicted = true;
        conflictGeneration = generation;
    }

    synchronized boolean mustRefresh() {
        return conflicted || byId.size() > MAX_REMEMBERED;
    }

    /** Call before refreshing; pass the answer to {@link #refreshed} once the refresh returned. */
    synchronized long refreshing() {
        return generation++;
    }

    /** What was acknowledged before the refresh started is visible to searches now. */
    synchronized void refreshed(long refreshGeneration) {
        byId.values().removeIf(w -> w.generation() <= refreshGeneration);
        if (conflictGeneration <= refreshGeneration) {
            conflicted = false;
        }
    }

    /**
     * The documents a lookup found, each replaced by this indexer's later version of it (dropped if it deleted it),
     * plus the documents it wrote under any of {@code keys} that the search could not see yet.
     */
    synchronized List<Stored> over(List<Stored> found, Set<String> keys) {
        Map<String, Stored> result = new LinkedHashMap<>();
        for (Stored s : found) {
            Written own = byId.get(s.id());
            Stored newest = own != null && own.doc().seqNo() > s.seqNo() ? own.doc() : s;
            result.put(s.id(), newest);
        }
        byId.values().stream().filter(w -> !result.containsKey(w.doc().id()) && LookupKeys.meet(w.keys(), keys))
                .forEach(w -> result.put(w.doc().id(), w.doc()));
        return result.values().stream().filter(s -> s.source() != null).toList();
    }

    synchronized int size() {
        return byId.size();
    }

    private static Map<String, Object> merged(Map<String, Object> read, Map<String, Object> changed) {
        Map<String, Object> source = new LinkedHashMap<>(read);
        source.putAll(changed);
        return source;
    }
}
