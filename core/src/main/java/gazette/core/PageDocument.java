package gazette.core;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The shape of a page in the pages index (see {@code gazette/index/pages.json}). The neutral {@code title}/{@code body}
 * fields hold every page; the page's own language also fills {@code title_<code>}/{@code body_<code>}, and CJK pages
 * fill the bigram fields, so each language is analysed by its own analyzer only. Every page also gets the
 * {@code names} multi-fields (names across scripts), its name-like words in {@link #NAMES}, and a {@link Story} id
 * linking its language versions.
 */
public final class PageDocument {
    public static final String URL = "url";
    public static final String SITE = "site";
    public static final String TITLE = "title";
    public static final String BODY = "body";
    public static final String TITLE_CJK = "title_cjk";
    public static final String BODY_CJK = "body_cjk";
    public static final String LANGUAGE = "language";
    public static final String PUBLISHED = "published";
    public static final String CRAWLED = "crawled";
    public static final String CONTENT_HASH = "content_hash";
    public static final String REMOVED = "removed";
    /** When the page was found gone (404/410 seen repeatedly); absent while it is live. */
    public static final String REMOVED_AT = "removed_at";
    /**
     * Every URL serving exactly this text (same {@link #CONTENT_HASH}), this document's own URL first: exact
     * duplicates, and the page's {@link Page#aliases aliases} (URLs naming it as their canonical).
     */
    public static final String URLS = "urls";
    /**
     * The {@link #id} of every URL in {@link #URLS}: a duplicate URL has no document of its own, so a lookup by its id
     * (a link made before the duplicate was found) falls back to a term query on this field.
     */
    public static final String URL_IDS = "url_ids";
    /** Shared by near-duplicates (e.g. the same text with a different footer), so search can collapse them. */
    public static final String DUPLICATE_GROUP = "duplicate_group";
    /** The 64-bit simhash of the body as 16 hex digits; near-duplicates differ in few bits. */
    public static final String SIMHASH = "simhash";
    /** The simhash cut into bands ({@code <band>:<hex>}), so near-duplicate candidates are found with a terms query. */
    public static final String SIMHASH_BANDS = "simhash_bands";
    public static final String TRANSLATIONS = "translations";
    /** The id shared by the language versions of one announcement; see {@link Story}. */
    public static final String STORY = "story";
    /** Multi-fields of {@code title} and {@code body} that transliterate every script to folded Latin. */
    public static final String TITLE_NAMES = "title.names";
    public static final String BODY_NAMES = "body.names";
    /** The name-like words of title and body ({@link NameForms}), transliterated like the names multi-fields. */
    public static final String NAMES = "names";

    private PageDocument() {}

    /** The document id for a URL: stable, URL-safe, short enough for paths. */
    public static String id(String url) {
        return ContentHash.of(url).substring(0, 24);
    }

    /** The indexed JSON source of a page; title and text are stored in {@link TextNormalizer}'s form. */
    public static Map<String, Object> source(Page page) {
        String title = TextNormalizer.normalize(page.title());
        String text = TextNormalizer.normalize(page.text());
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put(URL, page.url());
        doc.put(SITE, page.site());
        doc.put(TITLE, title);
        doc.put(BODY, text);
        doc.put(NAMES, NameForms.of(title + "\n" + text));
        doc.put(LANGUAGE, page.language());
        doc.put(PUBLISHED, page.published() == null ? null : page.published().toString());
        doc.put(CRAWLED, page.crawled().toString());
        doc.put(CONTENT_HASH, page.contentHash());
        List<String> urls = Stream.concat(Stream.of(page.url()), page.aliases().stream()).toList();
        doc.put(URLS, urls);
        doc.put(URL_IDS, urls.stream().map(PageDocument::id).toList());
        doc.put(REMOVED, false);
        doc.put(STORY, Story.id(page.url(), page.alternates()));
        doc.put(TRANSLATIONS, translations(Story.translations(page.url(), page.alternates())));
        Optional<Language> language = Language.fromTag(page.language());
        language.ifPresent(l -> {
            doc.put(l.titleField(), title);
            doc.put(l.bodyField(), text);
            if (l.isCjk()) {
                doc.put(TITLE_CJK, title);
                doc.put(BODY_CJK, text);
            }
        });
        return doc;
    }

    /**
     * The page a stored source was made from, as far as the source keeps it (what {@link #source} derives is
     * derived again from it); for rebuilding documents under a new index definition.
     */
    public static Page page(Map<String, ?> source) {
        return new Page((String) source.get(URL), (String) source.get(SITE), (String) source.get(TITLE),
                instant(source.get(PUBLISHED)), (String) source.get(LANGUAGE), (String) source.get(BODY),
                instant(source.get(CRAWLED)), (String) source.get(CONTENT_HASH), alternates(source.get(TRANSLATIONS)));
    }

    private static Instant instant(Object value) {
        return value == null ? null : Instant.parse(value.toString());
    }

    private static List<Page.Alternate> alternates(Object translations) {
        if (!(translations instanceof List<?> list)) {
            return List.of();
        }
        return list.stream().filter(Map.class::isInstance).map(Map.class::cast)
                .map(t -> new Page.Alternate(String.valueOf(t.get("language")), String.valueOf(t.get("url"))))
                .toList();
    }

    private static List<Map<String, String>> translations(List<Page.Alternate> alternates) {
        return alternates.stream().map(a -> Map.of("language", a.language(), "url", a.url())).toList();
    }
}
