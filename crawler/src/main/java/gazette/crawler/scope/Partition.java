package gazette.crawler.scope;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * This process's share of the hosts when several crawlers work on one crawl-status index: a host belongs to
 * partition {@code crc32(host) mod count}, so every process agrees on each host's owner without talking, and a URL
 * (always on one host) is fetched by one process only.
 *
 * @param index this process's partition, 0-based
 * @param count how many processes share the crawl
 */
public record Partition(int index, int count) {
    /** The whole crawl in one process. */
    public static final Partition ALL = new Partition(0, 1);

    public Partition {
        if (count < 1 || index < 0 || index >= count) {
            throw new IllegalArgumentException("partition must be index/count with 0 <= index < count, was "
                    + index + "/" + count);
        }
    }

    /** Reads {@code index/count}, e.g. {@code 0/3}. */
    public static Partition parse(String text) {
        String[] parts = text.strip().split("/");
        try {
            if (parts.length == 2) {
                return new Partition(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("partition must look like index/count, e.g. 0/3; was '" + text + "'");
    }

    /** True when {@code hostKey} ({@link Urls#hostKey}) is this process's to crawl. */
    public boolean owns(String hostKey) {
        if (count == 1) {
            return true;
        }
        CRC32 crc = new CRC32();
        crc.update(hostKey.getBytes(StandardCharsets.UTF_8));
        return crc.getValue() % count == index;
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
