package gazette.crawler.history;

import gazette.core.FetchEvent;

/**
 * Where the crawler appends one {@link FetchEvent} per fetch attempt, once its outcome is known (for pages: once the
 * sink acknowledged them). Appends may be buffered; {@link #flush} makes them durable. Thread-safe.
 */
public interface FetchLog {
    /** Keeps no history. */
    FetchLog NONE = new FetchLog() {
        @Override
        public void append(FetchEvent event) {}

        @Override
        public void flush() {}
    };

    void append(FetchEvent event);

    void flush();
}
