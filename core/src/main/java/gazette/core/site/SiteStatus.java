package gazette.core.site;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;

/**
 * One site as ops see it: its configuration, its last crawl and when the next one is due (JSON in snake case).
 *
 * @param name        the site's name
 * @param schedule    its schedule's text ({@code manual}, {@code PT6H}, {@code 0 3 * * *})
 * @param state       the current crawl's state ({@code running}, {@code stalled}), else the last one's
 *                    ({@code finished}, {@code stopped}, {@code failed}), or {@code never}
 * @param crawlId     the current or last crawl's id, or null
 * @param lastCrawl   when the last crawl started, or null
 * @param lastEnded   when the last crawl ended, or null
 * @param nextCrawl   when the scheduler starts the next one, or null (manual, or no scheduler running)
 * @param config      the configuration
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SiteStatus(String name, String schedule, String state, String crawlId, Instant lastCrawl,
        Instant lastEnded, Instant nextCrawl, SiteConfig config) {
    /** The state of a site that was never crawled. */
    public static final String NEVER = "never";
}
