package gazette.crawler.frontier;

import java.util.Collection;
import java.util.function.Consumer;

/**
 * Where the durable frontier keeps one {@link UrlStatus} per URL between runs. A write replaces each URL's record
 * and has reached durable storage when it returns; it throws when any record was not stored.
 */
public interface StatusStore {

    /** Hands every stored record to {@code each}, shallowest first. */
    void load(Consumer<UrlStatus> each);

    /** Stores the records, replacing earlier ones for the same URLs. */
    void write(Collection<UrlStatus> records);

    /**
     * Stores the records of URLs that have none yet and leaves the others as they are: how a process hands URLs of
     * hosts another process owns over to it ({@code Partition}). A store no process shares may ignore them.
     */
    default void writeMissing(Collection<UrlStatus> records) {}
}
