package gazette.core.site;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads one site from a JSON or YAML tree, filling the documented defaults, and refuses unknown fields and bad values
 * with an {@link InvalidSiteException} naming the site and the field.
 */
public final class SiteConfigReader {
    private static final Set<String> FIELDS = Set.of("name", "seeds", "sitemaps", "scope", "politeness", "schedule",
            "removal", "allow_private");
    private static final Set<String> SCOPE = Set.of("hosts", "include", "exclude", "max_depth", "max_pages");
    private static final Set<String> POLITENESS = Set.of("delay", "parallel");
    private static final Set<String> REMOVAL = Set.of("action", "gone_after");
    private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();
    private final String site;

    private SiteConfigReader(String site) {
        this.site = site;
    }

    /** The site {@code node} describes; {@code name} is taken from the node. */
    public static SiteConfig read(JsonNode node) {
        String name = node != null && node.path("name").isTextual() ? node.path("name").asText() : null;
        SiteConfigReader reader = new SiteConfigReader(name);
        if (node == null || !node.isObject()) {
            throw new InvalidSiteException(name, "site", "must be an object of fields");
        }
        return reader.site(node);
    }

    /** The compiled form of an include or exclude pattern (cached). */
    static Pattern pattern(String regex) {
        return PATTERNS.computeIfAbsent(regex, Pattern::compile);
    }

    private SiteConfig site(JsonNode node) {
        known(node, FIELDS, "");
        if (!node.path("name").isTextual()) {
            throw fail("name", "is required: a short key such as 'ministry-news'");
        }
        List<URI> seeds = urls(node.get("seeds"), "seeds");
        return new SiteConfig(site, seeds, urls(node.get("sitemaps"), "sitemaps"), scope(node.get("scope")),
                politeness(node.get("politeness")), schedule(node.get("schedule")), removal(node.get("removal")),
                bool(node.get("allow_private"), "allow_private"));
    }

    private SiteScope scope(JsonNode node) {
        if (absent(node)) {
            return SiteScope.defaults();
        }
        object(node, "scope");
        known(node, SCOPE, "scope.");
        List<String> hosts = strings(node.get("hosts"), "scope.hosts", h -> h.strip().toLowerCase(Locale.ROOT));
        return new SiteScope(hosts, strings(node.get("include"), "scope.include", v -> regex(v, "scope.include")),
                strings(node.get("exclude"), "scope.exclude", v -> regex(v, "scope.exclude")),
                number(node.get("max_depth"), "scope.max_depth", 0, 1000, SiteScope.DEFAULT_MAX_DEPTH),
                number(node.get("max_pages"), "scope.max_pages", 1, 1_000_000, SiteScope.DEFAULT_MAX_PAGES));
    }

    private SitePoliteness politeness(JsonNode node) {
        if (absent(node)) {
            return SitePoliteness.defaults();
        }
        object(node, "politeness");
        known(node, POLITENESS, "politeness.");
        Duration delay = absent(node.get("delay")) ? SitePoliteness.DEFAULT_DELAY
                : duration(node.get("delay"), "politeness.delay");
        return new SitePoliteness(delay, number(node.get("parallel"), "politeness.parallel", 1,
                SitePoliteness.MAX_PARALLEL, 1));
    }

    private Schedule schedule(JsonNode node) {
        if (absent(node)) {
            return Schedule.MANUAL;
        }
        try {
            return Schedule.parse(text(node, "schedule"));
        } catch (InvalidSiteException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw fail("schedule", "is wrong: " + e.getMessage());
        }
    }

    private RemovalPolicy removal(JsonNode node) {
        if (absent(node)) {
            return RemovalPolicy.defaults();
        }
        object(node, "removal");
        known(node, REMOVAL, "removal.");
        RemovalPolicy.Action action = RemovalPolicy.Action.MARK;
        if (!absent(node.get("action"))) {
            action = switch (text(node.get("action"), "removal.action").toLowerCase(Locale.ROOT)) {
                case "mark" -> RemovalPolicy.Action.MARK;
                case "purge" -> throw fail("removal.action", "purge is not supported yet: gone pages are kept, "
                        + "marked removed; write mark");
                default -> throw fail("removal.action", "must be mark, not " + node.get("action"));
            };
        }
        return new RemovalPolicy(action, number(node.get("gone_after"), "removal.gone_after", 1, 100,
                RemovalPolicy.DEFAULT_GONE_AFTER));
    }

    private List<URI> urls(JsonNode node, String field) {
        return strings(node, field, value -> url(value, field));
    }

    private URI url(String value, String field) {
        try {
            URI uri = new URI(value.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below, like any other value that is not an absolute http(s) URL
        }
        throw fail(field, "must hold absolute http(s) URLs, not '" + value + "'");
    }

    private String regex(String value, String field) {
        try {
            pattern(value);
            return value;
        } catch (PatternSyntaxException e) {
            throw fail(field, "has a pattern that is not a regular expression: '" + value + "' ("
                    + e.getDescription() + ")");
        }
    }

    private <T> List<T> strings(JsonNode node, String field, Function<String, T> each) {
        if (absent(node)) {
            return List.of();
        }
        if (!node.isArray() && !node.isTextual()) {
            throw fail(field, "must be a list of strings");
        }
        List<T> values = new ArrayList<>();
        for (JsonNode item : node.isArray() ? node : List.of(node)) {
            values.add(each.apply(text(item, field)));
        }
        return values;
    }

    private Duration duration(JsonNode node, String field) {
        try {
            Duration d = DurationText.parse(text(node, field));
            if (d.isNegative()) {
                throw fail(field, "must not be negative");
            }
            return d;
        } catch (InvalidSiteException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw fail(field, "is wrong: " + e.getMessage());
        }
    }

    private int number(JsonNode node, String field, int min, int max, int fallback) {
        if (absent(node)) {
            return fallback;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt() || node.asInt() < min || node.asInt() > max) {
            throw fail(field, "must be a whole number from " + min + " to " + max + ", not " + node);
        }
        return node.asInt();
    }

    private boolean bool(JsonNode node, String field) {
        if (absent(node)) {
            return false;
        }
        if (!node.isBoolean()) {
            throw fail(field, "must be true or false, not " + node);
        }
        return node.asBoolean();
    }

    private String text(JsonNode node, String field) {
        if (node == null || !(node.isTextual() || node.isNumber())) {
            throw fail(field, "must be text, not " + node);
        }
        return node.asText();
    }

    private void object(JsonNode node, String field) {
        if (!node.isObject()) {
            throw fail(field, "must be an object of fields");
        }
    }

    private void known(JsonNode node, Set<String> fields, String prefix) {
        node.fieldNames().forEachRemaining(name -> {
            if (!fields.contains(name)) {
                throw fail(prefix + name, "is not known; expected one of " + String.join(", ", fields.stream()
                        .sorted().toList()));
            }
        });
    }

    private static boolean absent(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode();
    }

    private InvalidSiteException fail(String field, String problem) {
        return new InvalidSiteException(site, field, problem);
    }
}
