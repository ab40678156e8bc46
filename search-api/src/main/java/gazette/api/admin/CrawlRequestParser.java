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
import java.util.regex.Pattern;

/**
 * Reads {@code {"seeds":[…] | "section":URL | "urls":[…], "site":NAME, "max_pages":N, "allow_private":bool}}
 * (a site alone crawls the whole site), naming the first field that is wrong.
 */
final class CrawlRequestParser {
    static final int MAX_SEEDS = 100;
    static final int MAX_URLS = 10_000;
    static final int DEFAULT_MAX_PAGES = 1000;
    private static final Set<String> FIELDS = Set.of("seeds", "max_pages", "allow_private", "site", "section", "urls");
    private static final Pattern SITE_NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,62}");

    private CrawlRequestParser() {}

    static CrawlRequest parse(String body) {
        JsonNode json = read(body);
        json.fieldNames().forEachRemaining(name -> {
            if (!FIELDS.contains(name)) {
                throw new InvalidFieldException(name, "is not known; expected seeds, section, urls, site, max_pages, "
                        + "allow_private");
            }
        });
        String site = site(json.get("site"));
        List<URI> seeds = json.has("seeds") ? urls(json.get("seeds"), "seeds", MAX_SEEDS) : List.of();
        URI section = json.has("section") ? url(json.get("section"), "section") : null;
        List<URI> urls = json.has("urls") ? urls(json.get("urls"), "urls", MAX_URLS) : List.of();
        checkOneTarget(json, site);
        int maxPages = maxPages(json.get("max_pages"), site == null ? DEFAULT_MAX_PAGES : CrawlRequest.SITE_MAX_PAGES);
        return new CrawlRequest(seeds, maxPages, allowPrivate(json.get("allow_private")), site, section, urls);
    }

    private static void checkOneTarget(JsonNode json, String site) {
        List<String> given = new ArrayList<>();
        for (String target : List.of("seeds", "section", "urls")) {
            if (json.has(target)) {
                given.add(target);
            }
        }
        if (given.size() > 1) {
            throw new InvalidFieldException(given.get(1), "cannot be combined with " + given.get(0)
                    + "; give one of seeds, section or urls");
        }
        if (given.isEmpty() && site == null) {
            throw new InvalidFieldException("seeds", "is required, or else site, section or urls");
        }
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

    private static String site(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual() || !SITE_NAME.matcher(node.asText()).matches()) {
            throw new InvalidFieldException("site", "must be the name of a configured site");
        }
        return node.asText();
    }

    private static List<URI> urls(JsonNode node, String field, int max) {
        if (node == null || !node.isArray() || node.isEmpty() || node.size() > max) {
            throw new InvalidFieldException(field, "must be an array of 1 to " + max + " http(s) URLs");
        }
        List<URI> urls = new ArrayList<>();
        node.forEach(url -> urls.add(url(url, field)));
        return urls;
    }

    private static URI url(JsonNode node, String field) {
        try {
            URI uri = node.isTextual() ? new URI(node.asText().strip()) : null;
            String scheme = uri == null || uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below, like any other value that is not an absolute http(s) URL
        }
        throw new InvalidFieldException(field, "must hold absolute http(s) URLs, not " + node);
    }

    private static int maxPages(JsonNode node, int fallback) {
        if (node == null || node.isNull()) {
            return fallback;
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
