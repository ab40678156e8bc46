package gazette.core;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Duration;
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
 * @param durationMs  how long the request answering this fetch took, from sending it to its last body byte (the
 *                    final hop of a redirect chain; politeness waits excluded), or null when no response came or the
 *                    event predates this field
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
        String detail,
        Long durationMs) {

    /** An event without a measured duration. */
    public FetchEvent(String url, String documentId, Instant time, Integer httpStatus, String outcome,
            String contentHash, boolean changed, String reason, String detail) {
        this(url, documentId, time, httpStatus, outcome, contentHash, changed, reason, detail, null);
    }

    /** This event with the request's duration, or unchanged when {@code duration} is null. */
    public FetchEvent withDuration(Duration duration) {
        return duration == null ? this : new FetchEvent(url, documentId, time, httpStatus, outcome, contentHash,
                changed, reason, detail, duration.toMillis());
    }
}
