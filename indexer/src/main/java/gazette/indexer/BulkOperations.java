package gazette.indexer;

import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import gazette.indexer.dedup.Op;

/** The client's bulk operation for a plan's {@link Op}, conditional on the version the plan read. */
final class BulkOperations {
    private BulkOperations() {}

    static BulkOperation of(Op op) {
        Long seqNo = op.read() == null ? null : op.read().seqNo();
        Long term = op.read() == null ? null : op.read().primaryTerm();
        return switch (op.kind()) {
            case CREATE -> BulkOperation.of(o -> o.create(c -> c.id(op.id()).document(op.source())));
            case INDEX -> BulkOperation.of(o -> o.index(i -> i.id(op.id()).document(op.source())
                    .ifSeqNo(seqNo).ifPrimaryTerm(term)));
            case UPDATE -> BulkOperation.of(o -> o.update(u -> u.id(op.id()).ifSeqNo(seqNo).ifPrimaryTerm(term)
                    .action(a -> a.doc(op.source()))));
            case DELETE -> BulkOperation.of(o -> o.delete(d -> d.id(op.id()).ifSeqNo(seqNo).ifPrimaryTerm(term)));
        };
    }
}
