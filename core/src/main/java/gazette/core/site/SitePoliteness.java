package gazette.core.site;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.time.Duration;

/**
 * How gently a site's hosts are treated; robots.txt and its {@code Crawl-delay} are obeyed on top of this.
 *
 * @param delay    (written in ISO-8601, {@code PT1S}) the least time between two requests to one host
 * @param parallel requests to one host in flight at once
 */
public record SitePoliteness(@JsonSerialize(using = ToStringSerializer.class) Duration delay, int parallel) {
    public static final Duration DEFAULT_DELAY = Duration.ofSeconds(1);
    public static final int MAX_PARALLEL = 64;

    /** One request at a time, a second apart. */
    public static SitePoliteness defaults() {
        return new SitePoliteness(DEFAULT_DELAY, 1);
    }
}
