package gazette.core;

/**
 * Where crawled pages go. {@link #accept} may buffer; when {@link #flush} returns, every page accepted before it
 * is durable (acknowledged by the index), so a crawler may then mark those pages done.
 */
public interface PageSink extends AutoCloseable {

    void accept(Page page);

    void flush();

    /** Flushes, then releases resources. */
    @Override
    default void close() {
        flush();
    }
}
