package gazette.extraction.meta;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/** The schema.org objects a page declares in JSON-LD, flattened out of arrays and {@code @graph}s. */
public final class JsonLd {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .build();
    private static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle", "blogposting", "report",
            "reportagenewsarticle", "analysisnewsarticle", "webpage", "scholarlyarticle", "techarticle",
            "liveblogposting", "opinionnewsarticle", "govermentpublication", "pressrelease", "socialmediaposting");

    private final List<JsonNode> objects;

    /** An untyped script that starts as a JSON-LD object or array with a schema.org context. */
    private static final Pattern UNTYPED_JSON_LD =
            Pattern.compile("\\s*+(?:<!--)?\\s*+\\[?\\s*+\\{\\s*+\"@context\"\\s*+:\\s*+\"https?://schema\\.org");
    /** A comment or CDATA wrapper around the JSON. */
    private static final Pattern WRAPPER = Pattern.compile("^(<!\\[CDATA\\[|<!--)|(]]>|-->)$");

    private static final Evaluator SCRIPTS = QueryParser.parse(
            "script[type~=(?i)application/ld\\+json], script:not([type])");

    private JsonLd(List<JsonNode> objects) {
        this.objects = objects;
    }

    /**
     * Reads every {@code application/ld+json} script of {@code doc}, and untyped scripts that hold a schema.org
     * object (some CMSs leave the type out; browsers ignore it, search engines read it); unparsable ones are skipped.
     */
    public static JsonLd of(Document doc) {
        List<JsonNode> objects = new ArrayList<>();
        for (Element script : doc.select(SCRIPTS)) {
            String data = data(script);
            if (!script.hasAttr("type") && !UNTYPED_JSON_LD.matcher(data).lookingAt()) {
                continue;
            }
            try {
                String json = WRAPPER.matcher(data.strip()).replaceAll("");
                flatten(MAPPER.readTree(json), objects);
            } catch (Exception e) {
                // Broken JSON-LD is common; the page's other signals still apply.
            }
        }
        return new JsonLd(objects);
    }

    /** The script's text; a script is nearly always one data node, whose text needs no copying (pages embed MBs). */
    private static String data(Element script) {
        return script.childNodeSize() == 1 && script.childNode(0) instanceof DataNode d ? d.getWholeData()
                : script.data();
    }

    private static void flatten(JsonNode node, List<JsonNode> out) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> flatten(n, out));
        } else if (node.isObject()) {
            out.add(node);
            flatten(node.get("@graph"), out);
            flatten(node.get("mainEntity"), out);
        }
    }

    /** The first text value of {@code field}, preferring article-like objects. */
    public Optional<String> first(String field) {
        Optional<String> fromArticle = find(field, true);
        return fromArticle.isPresent() ? fromArticle : find(field, false);
    }

    private Optional<String> find(String field, boolean articlesOnly) {
        for (JsonNode obj : objects) {
            if (articlesOnly && !isArticle(obj)) {
                continue;
            }
            JsonNode value = obj.get(field);
            if (value != null && value.isArray() && !value.isEmpty()) {
                value = value.get(0);
            }
            if (value != null && value.isTextual() && !value.asText().isBlank()) {
                return Optional.of(value.asText().strip());
            }
        }
        return Optional.empty();
    }

    private static boolean isArticle(JsonNode obj) {
        JsonNode type = obj.get("@type");
        if (type == null) {
            return false;
        }
        List<String> types = new ArrayList<>();
        if (type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        } else {
            types.add(type.asText());
        }
        return types.stream().anyMatch(t -> ARTICLE_TYPES.contains(t.toLowerCase(java.util.Locale.ROOT)));
    }
}
