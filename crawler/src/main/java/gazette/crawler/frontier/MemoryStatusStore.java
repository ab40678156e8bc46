package gazette.crawler.frontier;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/** A status store in memory: for tests, and for a crawl that need not survive its process. Thread-safe. */
public final class MemoryStatusStore implements StatusStore {
    private final Map<String, UrlStatus> records = new ConcurrentHashMap<>();

    @Override
    public void load(Consumer<UrlStatus> each) {
        all().forEach(each);
    }

    @Override
    public void write(Collection<UrlStatus> batch) {
        batch.forEach(r -> records.put(r.url(), r));
    }

    @Override
    public void writeMissing(Collection<UrlStatus> batch) {
        batch.forEach(r -> records.putIfAbsent(r.url(), r));
    }

    /** The record for {@code url}, if any. */
    public Optional<UrlStatus> get(String url) {
        return Optional.ofNullable(records.get(url));
    }

    /** Every record, shallowest first, then by URL. */
    public List<UrlStatus> all() {
        return records.values().stream()
                .sorted(Comparator.comparingInt(UrlStatus::depth).thenComparing(UrlStatus::url)).toList();
    }
}
