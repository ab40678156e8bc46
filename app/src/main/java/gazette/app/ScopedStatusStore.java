package gazette.app;

import gazette.crawler.frontier.StatusStore;
import gazette.crawler.frontier.UrlStatus;
import java.util.Collection;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The shared crawl-status index seen by one crawl: only its hosts' records are loaded, so crawls of other hosts
 * running at the same time keep their queued URLs to themselves.
 */
final class ScopedStatusStore implements StatusStore {
    private final StatusStore store;
    private final Set<String> hosts;

    ScopedStatusStore(StatusStore store, Set<String> hosts) {
        this.store = store;
        this.hosts = Set.copyOf(hosts);
    }

    @Override
    public void load(Consumer<UrlStatus> each) {
        store.load(status -> {
            if (hosts.contains(status.host())) {
                each.accept(status);
            }
        });
    }

    @Override
    public void write(Collection<UrlStatus> records) {
        store.write(records);
    }
}
