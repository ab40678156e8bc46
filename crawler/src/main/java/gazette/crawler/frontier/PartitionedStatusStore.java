package gazette.crawler.frontier;

import gazette.crawler.scope.Partition;
import java.util.Collection;
import java.util.function.Consumer;

/**
 * A shared crawl-status index seen by one of several crawler processes: only the records of its own hosts are
 * loaded, so no two processes take up the same queued URL; writes go through unchanged (they are its hosts' anyway).
 */
public final class PartitionedStatusStore implements StatusStore {
    private final StatusStore store;
    private final Partition partition;

    public PartitionedStatusStore(StatusStore store, Partition partition) {
        this.store = store;
        this.partition = partition;
    }

    @Override
    public void load(Consumer<UrlStatus> each) {
        store.load(status -> {
            if (status.host() == null || partition.owns(status.host())) {
                each.accept(status);
            }
        });
    }

    @Override
    public void write(Collection<UrlStatus> records) {
        store.write(records);
    }

    @Override
    public void writeMissing(Collection<UrlStatus> records) {
        store.writeMissing(records);
    }
}
