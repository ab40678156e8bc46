package gazette.indexer.dedup;

import java.util.List;
import java.util.Map;

/**
 * One bulk operation of a {@link WritePlan}.
 *
 * @param kind   what to do with the document
 * @param id     the document id
 * @param source the whole document for {@link Kind#INDEX} and {@link Kind#CREATE}, the changed fields for
 *               {@link Kind#UPDATE}, null for {@link Kind#DELETE}
 * @param read   the version the plan was based on; null for {@link Kind#CREATE}
 * @param writes the writes whose outcome depends on this operation
 */
public record Op(Kind kind, String id, Map<String, Object> source, Stored read, List<Write> writes) {

    /** Bulk operation types; every one but CREATE is conditional on the version read. */
    public enum Kind { CREATE, INDEX, UPDATE, DELETE }
}
