package gazette.app;

import com.fasterxml.jackson.databind.node.ObjectNode;
import gazette.core.Json;
import gazette.crawler.frontier.StatusStore;
import gazette.crawler.frontier.UrlState;
import gazette.crawler.frontier.UrlStatus;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The shared crawl-status index seen by one crawl: only its hosts' records are loaded, so crawls of other hosts
 * running at the same time keep their queued URLs to themselves. URLs the crawl fetches again ({@code recrawl}) are
 * loaded as due now. A narrowed crawl (a section, a URL list) loads only those, and does not record the URLs its
 * narrow scope refused, which a full crawl of the site would take.
 */
final class ScopedStatusStore implements StatusStore {
    private static final Set<String> SCOPE_REASONS = Set.of("too_deep", "out_of_scope");
    private final StatusStore store;
    private final Set<String> hosts;
    private final Predicate<String> recrawl;
    private final boolean narrowed;

    ScopedStatusStore(StatusStore store, Set<String> hosts, Predicate<String> recrawl, boolean narrowed) {
        this.store = store;
        this.hosts = Set.copyOf(hosts);
        this.recrawl = recrawl;
        this.narrowed = narrowed;
    }

    ScopedStatusStore(StatusStore store, Set<String> hosts) {
        this(store, hosts, url -> false, false);
    }

    @Override
    public void load(Consumer<UrlStatus> each) {
        store.load(status -> {
            if (!hosts.contains(status.host()) || (narrowed && !recrawl.test(status.url()))) {
                return;
            }
            if (narrowed && scopeRefusal(status)) {
                return; // refused by an earlier narrow crawl: let this crawl decide again
            }
            each.accept(recrawl.test(status.url()) && due(status.state()) ? dueNow(status) : status);
        });
    }

    @Override
    public void write(Collection<UrlStatus> records) {
        store.write(narrowed ? records.stream().filter(r -> !scopeRefusal(r)).toList() : records);
    }

    /** URLs handed over to the processes that own their hosts pass through: they are not this crawl's to filter. */
    @Override
    public void writeMissing(Collection<UrlStatus> records) {
        store.writeMissing(records);
    }

    private static boolean due(UrlState state) {
        return state == UrlState.DONE || state == UrlState.FAILED;
    }

    private static boolean scopeRefusal(UrlStatus status) {
        return status.state() == UrlState.SKIPPED && status.reason() != null
                && SCOPE_REASONS.contains(status.reason().toLowerCase(java.util.Locale.ROOT));
    }

    /** The same record due at once; through JSON so fields the crawler adds later are kept. */
    private static UrlStatus dueNow(UrlStatus status) {
        ObjectNode json = Json.mapper().valueToTree(status);
        json.put("next_due", Instant.EPOCH.toString());
        return Json.mapper().convertValue(json, UrlStatus.class);
    }
}
