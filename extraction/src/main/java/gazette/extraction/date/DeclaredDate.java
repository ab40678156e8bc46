package gazette.extraction.date;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/** Parses a machine-readable date from metadata ({@code 2024-09-12T10:30:00+08:00}, {@code 2024-09-12}, …). */
public final class DeclaredDate {
    private DeclaredDate() {
    }

    /**
     * The instant of the page's own wall clock read as UTC, like dates in text (see {@link FoundDate#instant()}):
     * {@code 2019-01-01T00:30+01:00} stays on 1 January, the day the page states and users filter by.
     */
    public static Optional<Instant> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String iso = value.strip().replace(' ', 'T').replaceAll("([+-]\\d{2})(\\d{2})$", "$1:$2")
                .replaceAll("\\.\\d+(?=Z|[+-]|$)", "");
        try {
            return plausible(OffsetDateTime.parse(iso).toLocalDateTime().toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            // not offset form
        }
        try {
            return plausible(LocalDateTime.parse(iso).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            // not local date-time form
        }
        try {
            return plausible(LocalDate.parse(iso).atStartOfDay().toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            List<FoundDate> found = DateText.findAll(value, false);
            return found.isEmpty() ? Optional.empty() : Optional.of(found.getFirst().instant());
        }
    }

    private static Optional<Instant> plausible(Instant instant) {
        int year = instant.atOffset(ZoneOffset.UTC).getYear();
        return year >= 1990 && year <= 2100 ? Optional.of(instant) : Optional.empty();
    }
}
