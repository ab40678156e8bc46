package gazette.api.search;

import java.util.List;

/** A stored page as {@code GET /api/documents/{id}} returns it: the full text and its other language versions. */
public record DocumentView(
        String id, String url, String title, String published, String language, String site, String crawled,
        String text, List<Translation> translations, boolean removed) {

    static DocumentView of(String id, StoredPage page) {
        return new DocumentView(id, page.url(), page.title(), page.published(), page.language(), page.site(),
                page.crawled(), page.body() == null ? "" : page.body(), page.translationLinks(), page.isRemoved());
    }
}
