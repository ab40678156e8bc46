package gazette.api.search;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import gazette.core.PageDocument;
import java.util.List;

/**
 * A page as stored in the pages index (the fields of {@link PageDocument#source}, and those the indexer adds); the
 * per-language copies of title and body are not read back.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StoredPage(
        String url, String site, String title, String body, String language, String published, String crawled,
        Boolean removed, @JsonProperty(PageDocument.REMOVED_AT) String removedAt, List<String> urls,
        List<Alternate> translations, @JsonProperty(PageDocument.DUPLICATE_GROUP) String duplicateGroup) {

    /** The fields a hit list needs: everything but the body; the group so cursor pages can collapse. */
    static final List<String> HIT_FIELDS = List.of(PageDocument.URL, PageDocument.SITE, PageDocument.TITLE,
            PageDocument.LANGUAGE, PageDocument.PUBLISHED, PageDocument.REMOVED, PageDocument.REMOVED_AT,
            PageDocument.TRANSLATIONS, PageDocument.DUPLICATE_GROUP);

    public StoredPage {
        translations = translations == null ? List.of() : List.copyOf(translations);
        urls = urls == null ? List.of() : List.copyOf(urls);
    }

    /** Another language version of the page, as the page linked it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Alternate(String language, String url) {}

    public boolean isRemoved() {
        return Boolean.TRUE.equals(removed);
    }

    /** Every URL serving this text; the page's own URL alone when the indexer recorded none. */
    public List<String> allUrls() {
        return urls.isEmpty() && url != null ? List.of(url) : urls;
    }

    /** The language versions with the ids they have (or will have) in the index. */
    public List<Translation> translationLinks() {
        return translations.stream().filter(a -> a.url() != null)
                .map(a -> new Translation(a.language(), PageDocument.id(a.url()), a.url())).toList();
    }
}
