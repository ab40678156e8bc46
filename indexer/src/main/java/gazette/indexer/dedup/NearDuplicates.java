package gazette.indexer.dedup;

import gazette.core.PageDocument;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Chooses a new document's {@code duplicate_group}: that of its nearest near-duplicate, else its own id. One instance
 * serves one batch: it parses each candidate's simhash once, although every new page of the batch compares with it.
 */
final class NearDuplicates {
    /** By identity: the planner hands over the same source maps again and again, and hashing them is slow. */
    private final Map<Map<String, Object>, Optional<Simhash>> parsed = new IdentityHashMap<>();

    String group(String id, Map<String, Object> source, List<Map<String, Object>> candidates) {
        Optional<Simhash> own = simhash(source);
        if (own.isEmpty()) {
            return id;
        }
        return candidates.stream()
                .filter(c -> simhash(c).map(own.get()::isNear).orElse(false))
                .min(Comparator.<Map<String, Object>>comparingInt(c -> simhash(c).orElseThrow().distance(own.get()))
                        .thenComparing(NearDuplicates::groupOf))
                .map(NearDuplicates::groupOf).orElse(id);
    }

    private static String groupOf(Map<String, Object> source) {
        Object group = source.get(PageDocument.DUPLICATE_GROUP);
        return group != null ? group.toString() : PageDocument.id((String) source.get(PageDocument.URL));
    }

    private Optional<Simhash> simhash(Map<String, Object> source) {
        return parsed.computeIfAbsent(source, s -> Optional.ofNullable(s.get(PageDocument.SIMHASH))
                .map(Object::toString).map(Simhash::parse));
    }
}
