package gazette.samplesite;

import com.sun.net.httpserver.Headers;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;

/** Conditional GET: writes the validators and decides a 304 the way RFC 9110 orders the checks. */
final class Conditional {
    private static final DateTimeFormatter HTTP_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private Conditional() {}

    static void validators(Headers response, Resource resource) {
        response.set("ETag", resource.etag());
        response.set("Last-Modified", HTTP_DATE.format(resource.lastModified()));
        response.set("Cache-Control", "no-cache");
    }

    /** If-None-Match wins when present; If-Modified-Since is consulted only without it. */
    static boolean notModified(Headers request, Resource resource) {
        String ifNoneMatch = request.getFirst("If-None-Match");
        if (ifNoneMatch != null) {
            return matches(ifNoneMatch, resource.etag());
        }
        String ifModifiedSince = request.getFirst("If-Modified-Since");
        return ifModifiedSince != null && !modifiedSince(ifModifiedSince, resource.lastModified());
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        return Arrays.stream(ifNoneMatch.split(","))
                .map(String::strip)
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .anyMatch(tag -> tag.equals("*") || tag.equals(etag));
    }

    /** An unparsable date counts as modified, so the client gets the full page. */
    private static boolean modifiedSince(String httpDate, Instant lastModified) {
        try {
            Instant since = ZonedDateTime.parse(httpDate, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            return lastModified.isAfter(since);
        } catch (DateTimeParseException e) {
            return true;
        }
    }
}
