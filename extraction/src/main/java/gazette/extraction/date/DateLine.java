package gazette.extraction.date;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * A date shown on the page.
 *
 * @param wallClock the date and, when shown, the time (midnight otherwise)
 * @param hasTime   whether a time is shown
 * @param distance  how far from the title, in blocks (those before it count 1.5 times as far, a labelled date
 *                  half as far)
 * @param byTitle   whether it sits beside the title or in its header group
 * @param update    whether a word such as "Updated" introduces it
 */
record DateLine(LocalDateTime wallClock, boolean hasTime, double distance, boolean byTitle, boolean update) {

    /** Like dates in text, the shown wall clock read as UTC (see {@link FoundDate#instant()}). */
    Instant instant() {
        return wallClock.toInstant(ZoneOffset.UTC);
    }

    DateLine besideTitle() {
        return new DateLine(wallClock, hasTime, distance, true, update);
    }
}
