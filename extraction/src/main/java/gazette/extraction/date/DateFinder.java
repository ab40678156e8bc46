package gazette.extraction.date;

import gazette.extraction.meta.JsonLd;
import gazette.extraction.text.Block;
import gazette.extraction.text.BlockRenderer;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the publication date: JSON-LD {@code datePublished}, then publication meta tags, then the date line nearest
 * the title in the visible text (including {@code <time datetime>}), then a date in the URL. Text in footers,
 * asides, comments and related-article lists and copyright lines is never a candidate.
 */
public final class DateFinder {
    private static final String[] META = {"article:published_time", "og:published_time", "published_time",
        "datePublished", "article.published", "pubdate", "publishdate", "publish_date", "publish-date",
        "publication_date", "PubDate", "pubtime", "publishtime", "firstpublishedtime", "originalpublicationdate",
        "sailthru.date", "parsely-pub-date", "citation_publication_date", "citation_date", "dc.date.issued",
        "dcterms.issued", "dc.date.created", "dcterms.created", "dc.date", "dcterms.date", "date", "created"};
    private static final Pattern URL_DATE = Pattern.compile(
            "/((?:19|20)\\d{2})[/-]?(\\d{2})[/-]?(\\d{2})(?:[/_.-]|$)|[/_t]((?:19|20)\\d{2})(\\d{2})(\\d{2})[_/.]");

    private DateFinder() {
    }

    /**
     * The publication date of {@code doc} (unmodified), or null. {@code title} anchors the search in the text;
     * {@code lang} (the page's declared language, may be empty) decides whether {@code 09/12/2024} is in September.
     */
    public static Instant find(Document doc, JsonLd jsonLd, String title, String lang) {
        Optional<Instant> declared = jsonLd.first("datePublished").flatMap(DeclaredDate::parse)
                .or(() -> fromMeta(doc))
                .or(() -> jsonLd.first("dateCreated").flatMap(DeclaredDate::parse));
        if (declared.isPresent()) {
            return declared.get();
        }
        return fromText(doc, title, monthFirst(lang)).or(() -> fromUrl(doc.location())).orElse(null);
    }

    private static Optional<Instant> fromMeta(Document doc) {
        Map<String, List<String>> values = metaValues(doc);
        for (String name : META) {
            for (String value : values.getOrDefault(name.toLowerCase(Locale.ROOT), List.of())) {
                Optional<Instant> parsed = DeclaredDate.parse(value);
                if (parsed.isPresent()) {
                    return parsed;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Values of meta tags by their property, name or itemprop, and of other elements carrying an itemprop with a
     * {@code content} or {@code datetime}, in document order: one pass instead of one query per name.
     */
    private static Map<String, List<String>> metaValues(Document doc) {
        Map<String, List<String>> values = new HashMap<>();
        for (Element el : doc.select("meta, [itemprop]")) {
            String value = el.hasAttr("datetime") ? el.attr("datetime") : el.attr("content");
            boolean meta = el.normalName().equals("meta");
            if (!meta && !el.hasAttr("content") && !(el.normalName().equals("time") && el.hasAttr("datetime"))) {
                continue;
            }
            for (String key : meta ? new String[] {"property", "name", "itemprop"} : new String[] {"itemprop"}) {
                if (el.hasAttr(key)) {
                    values.computeIfAbsent(el.attr(key).strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                            .add(value);
                }
            }
        }
        return values;
    }

    private static Optional<Instant> fromText(Document doc, String title, boolean monthFirst) {
        Element body = doc.body();
        if (body == null) {
            return Optional.empty();
        }
        List<Block> blocks = BlockRenderer.render(body);
        return DateLines.nearestTitle(blocks, title, monthFirst);
    }

    static Optional<Instant> fromUrl(String url) {
        String path;
        try {
            path = URI.create(url).getPath();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        Matcher m = URL_DATE.matcher(path == null ? "" : path);
        if (!m.find()) {
            return Optional.empty();
        }
        int g = m.group(1) != null ? 1 : 4;
        var date = DateText.date(m.group(g), m.group(g + 1), m.group(g + 2));
        return date == null ? Optional.empty() : Optional.of(date.atStartOfDay().toInstant(java.time.ZoneOffset.UTC));
    }

    /** US English writes month first; everyone else day first. */
    static boolean monthFirst(String lang) {
        String l = lang == null ? "" : lang.toLowerCase(Locale.ROOT).replace('_', '-');
        return l.equals("en") || l.equals("en-us") || l.equals("en-ph");
    }
}
