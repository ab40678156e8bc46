package gazette.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import gazette.core.Json;
import io.javalin.json.JsonMapper;
import java.io.UncheckedIOException;
import java.lang.reflect.Type;

/**
 * Renders responses with Gazette's own Jackson 2 mapper ({@link Json#mapper()}), so Javalin needs no JSON library
 * of its own and the API's dates and records come out as the rest of Gazette writes them.
 */
final class JacksonJsonMapper implements JsonMapper {

    @Override
    public String toJsonString(Object obj, Type type) {
        try {
            return Json.mapper().writeValueAsString(obj);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public <T> T fromJsonString(String json, Type targetType) {
        try {
            return Json.mapper().readValue(json, Json.mapper().constructType(targetType));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
