package gazette.crawler.sitemap;

import gazette.core.Page;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One page a sitemap lists.
 *
 * @param url          the URL as listed
 * @param lastModified its {@code lastmod} (or, in a news sitemap without one, its publication date), or null
 * @param alternates   its {@code xhtml:link rel="alternate" hreflang} versions in other languages
 */
public record SitemapEntry(String url, Instant lastModified, List<Page.Alternate> alternates) {
    public SitemapEntry {
        Objects.requireNonNull(url, "url");
        alternates = alternates == null ? List.of() : List.copyOf(alternates);
    }
}
