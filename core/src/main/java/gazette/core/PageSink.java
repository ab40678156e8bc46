package gazette.core;

import java.time.Instant;

/**
 * Where crawled pages go. {@link #accept} may buffer; when {@link #flush} returns, every page accepted before it
 * is durable (acknowledged by the index), so a crawler may then mark those pages done.
 */
public interface PageSink extends AutoCloseable {

    void accept(Page page);

    void flush();

    /**
     * Marks the page of {@code url} as gone since {@code since}: it stays searchable with that mark (a journalist
     * wants to know a page disappeared), it is never deleted here. Durable when {@link #flush} returns.
     */
    default void markRemoved(String url, Instant since) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " keeps no removal marks");
    }

    /** Flushes, then releases resources. */
    @Override
    default void close() {
        flush();
    }
}
