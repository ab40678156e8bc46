package gazette.indexer;

import gazette.indexer.dedup.Op;
import gazette.indexer.dedup.Write;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * One planned batch on its way through the bulk ingester: its writes, their operations (which may travel in several
 * bulk requests), and how each operation ended. Complete once every operation has an answer. Not thread-safe: the
 * {@link InFlight} that holds it guards it.
 */
final class Batch {
    final List<Write> writes;
    final List<Op> ops;
    /** The writes and the documents the operations read and write: what a later batch must not overtake. */
    final LookupKeys.Footprint footprint;
    /** Writes to plan again (pushback, unreachable, a conflict with another writer), by identity. */
    final Set<Write> again = identitySet();
    /** Writes Elasticsearch refused for good. */
    final Set<Write> refused = identitySet();
    private int unanswered;

    Batch(List<Write> writes, List<Op> ops) {
        this.writes = writes;
        this.ops = ops;
        this.footprint = LookupKeys.footprintOfOps(ops);
        this.unanswered = ops.size();
    }

    /** Counts one answered operation; true once it was the last. */
    boolean answered() {
        return --unanswered == 0;
    }

    boolean complete() {
        return unanswered == 0;
    }

    /** Accepted pages Elasticsearch acknowledged, once complete. */
    long acknowledgedPages() {
        return writes.stream().filter(w -> w instanceof Write.Accept && !again.contains(w) && !refused.contains(w))
                .count();
    }

    /** Writes are told apart by identity: the same page accepted twice is two writes, and hashing sources is slow. */
    private static Set<Write> identitySet() {
        return Collections.newSetFromMap(new IdentityHashMap<>());
    }
}
