package gazette.app;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;

/**
 * What the sites-state index keeps of one site's crawls, so schedules survive restarts.
 *
 * @param name        the site
 * @param lastStarted when its last crawl started, or null
 * @param lastEnded   when its last crawl ended, or null while it runs (or never ran)
 * @param lastState   the last crawl's state ({@code running} until it ends), or null
 * @param crawlId     the last crawl's id, or null
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record SiteState(String name, Instant lastStarted, Instant lastEnded, String lastState, String crawlId) {
    static SiteState never(String name) {
        return new SiteState(name, null, null, null, null);
    }
}
