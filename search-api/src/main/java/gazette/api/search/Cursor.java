package gazette.api.search;

import co.elastic.clients.elasticsearch._types.FieldValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gazette.core.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * An opaque deep-paging token: the sort values of the last hit of a page (Elasticsearch's search_after), plus the
 * order they belong to, so a cursor from one order cannot be replayed against another.
 */
public record Cursor(Sort sort, List<FieldValue> after) {

    public Cursor {
        after = List.copyOf(after);
    }

    /** URL-safe Base64 of {@code {"sort":"newest","after":[...]}}. */
    public String encode() {
        ObjectNode node = Json.mapper().createObjectNode().put("sort", sort.parameterValue());
        ArrayNode values = node.putArray("after");
        after.forEach(v -> add(values, v));
        byte[] json = node.toString().getBytes(StandardCharsets.UTF_8);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json);
    }

    /** Reads a token made by {@link #encode()}; anything else is a bad {@code cursor} parameter. */
    public static Cursor decode(String token) {
        try {
            JsonNode node = Json.mapper().readTree(Base64.getUrlDecoder().decode(token));
            Sort sort = Sort.fromParameter(node.path("sort").asText()).orElseThrow(Cursor::malformed);
            if (!node.path("after").isArray() || node.path("after").isEmpty()) {
                throw malformed();
            }
            List<FieldValue> after = new ArrayList<>();
            node.path("after").forEach(v -> after.add(value(v)));
            return new Cursor(sort, after);
        } catch (IllegalArgumentException | IOException e) {
            throw malformed();
        }
    }

    private static void add(ArrayNode values, FieldValue v) {
        switch (v._kind()) {
            case Double -> values.add(v.doubleValue());
            case Long -> values.add(v.longValue());
            case String -> values.add(v.stringValue());
            case Boolean -> values.add(v.booleanValue());
            default -> values.addNull();
        }
    }

    private static FieldValue value(JsonNode v) {
        if (v.isIntegralNumber()) {
            return FieldValue.of(v.longValue());
        } else if (v.isNumber()) {
            return FieldValue.of(v.doubleValue());
        } else if (v.isTextual()) {
            return FieldValue.of(v.textValue());
        } else if (v.isBoolean()) {
            return FieldValue.of(v.booleanValue());
        }
        throw malformed();
    }

    private static BadParameterException malformed() {
        return new BadParameterException("cursor", "is not a cursor returned by this API");
    }
}
