package gazette.indexer.dedup;

import java.util.Map;

/**
 * A document as the index holds it, with the sequence number and primary term it was read at, so a write based on
 * it fails (409) instead of overwriting a change another writer made meanwhile.
 */
public record Stored(String id, Map<String, Object> source, long seqNo, long primaryTerm) {}
