package gazette.core;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Links the language versions of one announcement. A page and the alternates it names form a story whose id is the
 * smallest document id among them, so every version that names the same set gets the same story id whichever was
 * crawled first.
 */
public final class Story {
    private Story() {}

    /** The story id of a page with these alternates. */
    public static String id(String url, List<Page.Alternate> alternates) {
        return Stream.concat(Stream.of(url), alternates.stream().map(Page.Alternate::url))
                .map(PageDocument::id).min(Comparator.naturalOrder()).orElseThrow();
    }

    /** The page's other language versions: its alternates without itself, one per URL, in the page's order. */
    public static List<Page.Alternate> translations(String url, List<Page.Alternate> alternates) {
        Map<String, Page.Alternate> byUrl = new LinkedHashMap<>();
        alternates.stream().filter(a -> !a.url().equals(url)).forEach(a -> byUrl.putIfAbsent(a.url(), a));
        return List.copyOf(byUrl.values());
    }
}
