package gazette.extraction.date;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * A date found in text.
 *
 * @param start   where it starts in the text
 * @param end     where it ends in the text, after the time when there is one
 * @param value   the date and, when the text has one, the time (midnight otherwise)
 * @param hasTime whether the text gave a time
 */
public record FoundDate(int start, int end, LocalDateTime value, boolean hasTime) {

    /**
     * As an instant: a date alone is the start of that day in UTC; a time without a zone is read as UTC too, since
     * the page's zone is unknown and the day is what users filter by.
     */
    public Instant instant() {
        return value.toInstant(ZoneOffset.UTC);
    }
}
