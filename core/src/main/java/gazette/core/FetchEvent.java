package gazette.core;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;

/**
 * One fetch of one URL, as kept in the fetch-history index ({@link FetchHistory}): the answer to "when did this page
 * change, when did it disappear". The crawler appends one per fetch attempt; nothing rewrites them.
 *
 * @param url         the normalised URL
 * @param documentId  the id its page has (or would have) in the pages index
 * @param time        when the fetch finished
 * @param httpStatus  the HTTP status, or null when no response came (timeout, refused, DNS)
 * @param outcome     what came of it: {@code indexed}, {@code unchanged}, {@code not_modified}, {@code skipped},
 *                    {@code failed}, {@code removed}
 * @param contentHash the hash of the extracted text, or null
 * @param changed     whether the text differs from the previous fetch
 * @param reason      why it is not (or no longer) a page, or null
 * @param detail      specifics, or null
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record FetchEvent(
        String url,
        String documentId,
        Instant time,
        Integer httpStatus,
        String outcome,
        String contentHash,
        boolean changed,
        String reason,
        String detail) {}
