package gazette.api.search;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * One fetch of a document's URL as the fetch-history index keeps it ({@code gazette.core.FetchEvent}), with the time
 * as stored rather than parsed, as every date the API returns.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record FetchRecord(
        String time, String url, Integer httpStatus, String outcome, String contentHash, Boolean changed,
        String reason, String detail) {}
