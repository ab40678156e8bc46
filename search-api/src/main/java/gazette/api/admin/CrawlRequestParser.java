package gazette.api.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import gazette.core.CrawlRequest;
import gazette.core.Json;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Reads {@code {"seeds":[…], "max_pages":N, "allow_private":bool}}, naming the first field that is wrong. */
final class CrawlRequestParser {
    static final int MAX_SEEDS = 100;
    static final int DEFAULT_MAX_PAGES = 1000;
    private static final Set<String> FIELDS = Set.of("seeds", "max_pages", "allow_private");

    private CrawlRequestParser() {}

    static CrawlRequest parse(String body) {
        JsonNode json = read(body);
        json.fieldNames().forEachRemaining(name -> {
            if (!FIELDS.contains(name)) {
                throw new InvalidFieldException(name, "is not known; expected seeds, max_pages, allow_private");
            }
        });
        return new CrawlRequest(seeds(json.get("seeds")), maxPages(json.get("max_pages")),
                allowPrivate(json.get("allow_private")));
    }

    private static JsonNode read(String body) {
        try {
            JsonNode json = body == null || body.isBlank() ? null : Json.mapper().readTree(body);
            if (json == null || !json.isObject()) {
                throw new InvalidFieldException("body", "must be a JSON object");
            }
            return json;
        } catch (JsonProcessingException e) {
            throw new InvalidFieldException("body", "is not valid JSON: " + e.getOriginalMessage());
        }
    }

    private static List<URI> seeds(JsonNode node) {
        if (node == null || !node.isArray() || node.isEmpty() || node.size() > MAX_SEEDS) {
            throw new InvalidFieldException("seeds", "must be an array of 1 to " + MAX_SEEDS + " http(s) URLs");
        }
        List<URI> seeds = new ArrayList<>();
        node.forEach(seed -> seeds.add(seed(seed)));
        return seeds;
    }

    private static URI seed(JsonNode node) {
        try {
            URI uri = node.isTextual() ? new URI(node.asText().strip()) : null;
            String scheme = uri == null || uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below, like any other value that is not an absolute http(s) URL
        }
        throw new InvalidFieldException("seeds", "must hold absolute http(s) URLs, not " + node);
    }

    private static int maxPages(JsonNode node) {
        if (node == null || node.isNull()) {
            return DEFAULT_MAX_PAGES;
        }
        if (!node.canConvertToInt() || !node.isIntegralNumber() || node.asInt() < 1
                || node.asInt() > CrawlRequest.MAX_PAGES_LIMIT) {
            throw new InvalidFieldException("max_pages", "must be a whole number from 1 to "
                    + CrawlRequest.MAX_PAGES_LIMIT);
        }
        return node.asInt();
    }

    private static boolean allowPrivate(JsonNode node) {
        if (node == null || node.isNull()) {
            return false;
        }
        if (!node.isBoolean()) {
            throw new InvalidFieldException("allow_private", "must be true or false");
        }
        return node.asBoolean();
    }
}
