package gazette.crawler;

import gazette.core.Page;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The hreflang alternates sitemaps gave for pages of this run, added to what the pages themselves declare. */
final class SitemapHints {
    private final Map<String, List<Page.Alternate>> alternates = new ConcurrentHashMap<>();

    void alternates(String url, List<Page.Alternate> found) {
        if (!found.isEmpty()) {
            alternates.put(url, List.copyOf(found));
        }
    }

    /** The page's own alternates, then the sitemap's, one per URL. */
    List<Page.Alternate> merged(String url, List<Page.Alternate> own) {
        Map<String, Page.Alternate> byUrl = new LinkedHashMap<>();
        own.forEach(a -> byUrl.putIfAbsent(a.url(), a));
        alternates.getOrDefault(url, List.of()).forEach(a -> byUrl.putIfAbsent(a.url(), a));
        return new ArrayList<>(byUrl.values());
    }
}
