package gazette.extraction;

import java.time.Instant;
import java.time.ZoneOffset;

/** Formats a publication instant as an ISO 8601 date when it is midnight UTC (no time known), else a date-time. */
public final class Published {
    private Published() {
    }

    public static String format(Instant instant) {
        var utc = instant.atOffset(ZoneOffset.UTC);
        return utc.toLocalTime().toSecondOfDay() == 0 ? utc.toLocalDate().toString() : instant.toString();
    }
}
