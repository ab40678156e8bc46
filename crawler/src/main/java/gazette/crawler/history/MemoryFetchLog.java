package gazette.crawler.history;

import gazette.core.FetchEvent;
import java.util.ArrayList;
import java.util.List;

/** A fetch history in memory, in append order: for tests. */
public final class MemoryFetchLog implements FetchLog {
    private final List<FetchEvent> events = new ArrayList<>();

    @Override
    public synchronized void append(FetchEvent event) {
        events.add(event);
    }

    @Override
    public void flush() {}

    /** Every event so far, in append order. */
    public synchronized List<FetchEvent> events() {
        return List.copyOf(events);
    }

    /** The events of one URL, oldest first. */
    public synchronized List<FetchEvent> of(String url) {
        return events.stream().filter(e -> e.url().equals(url)).toList();
    }
}
