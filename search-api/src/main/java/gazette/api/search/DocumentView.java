package gazette.api.search;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A stored page as {@code GET /api/documents/{id}} returns it: the full text, its other language versions, every
 * URL serving the same text and what the crawler saw each time it fetched the page.
 *
 * @param removedAt    when the page was found gone, or null
 * @param urls         every URL serving this text, the page's own first
 * @param fetchHistory the newest fetches first, at most {@link FetchLog#LIMIT}
 */
public record DocumentView(
        String id, String url, String title, String published, String language, String site, String crawled,
        String text, List<Translation> translations, boolean removed,
        @JsonProperty("removed_at") String removedAt, List<String> urls,
        @JsonProperty("fetch_history") List<FetchRecord> fetchHistory) {

    static DocumentView of(String id, StoredPage page, List<FetchRecord> history) {
        return new DocumentView(id, page.url(), page.title(), page.published(), page.language(), page.site(),
                page.crawled(), page.body() == null ? "" : page.body(), page.translationLinks(), page.isRemoved(),
                page.removedAt(), page.allUrls(), List.copyOf(history));
    }
}
