package gazette.core.site;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * What happens to a page of the site found gone (404 or 410 on {@code goneAfter} fetches in a row; one transient
 * failure never removes anything).
 *
 * @param action    what is done to it: marked removed with the date and kept searchable (purging is not offered
 *                  yet: the design keeps gone pages unless ops purge them by hand)
 * @param goneAfter consecutive gone answers before it counts as removed
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record RemovalPolicy(Action action, int goneAfter) {
    public static final int DEFAULT_GONE_AFTER = 2;

    /** Mark, after two gone answers in a row. */
    public static RemovalPolicy defaults() {
        return new RemovalPolicy(Action.MARK, DEFAULT_GONE_AFTER);
    }

    /** What is done to a removed page. */
    public enum Action {
        /** Kept, marked {@code removed} with {@code removed_at}, still searchable. */
        @JsonProperty("mark") MARK
    }
}
