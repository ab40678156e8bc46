package gazette.indexer;

import gazette.core.PageDocument;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A stored document rewritten for this build's index definition: what derives from the page (language fields,
 * mixed-language parts, simhash, story) is derived again through {@link PageSource}; what the index learned over time
 * (duplicate URLs, group, removal mark) is kept; fields the new definition no longer has are dropped.
 */
final class Migration {
    private static final List<String> KEPT = List.of(PageDocument.URLS, PageDocument.DUPLICATE_GROUP,
            PageDocument.REMOVED, PageDocument.REMOVED_AT);

    private Migration() {}

    static Map<String, Object> of(String id, Map<String, Object> old, Set<String> fields) {
        Map<String, Object> doc = new LinkedHashMap<>(PageSource.of(PageDocument.page(old)));
        KEPT.stream().filter(old::containsKey).forEach(f -> doc.put(f, old.get(f)));
        if (doc.get(PageDocument.URLS) instanceof List<?> urls) {
            doc.put(PageDocument.URL_IDS, urls.stream().map(u -> PageDocument.id(u.toString())).toList());
        }
        doc.putIfAbsent(PageDocument.DUPLICATE_GROUP, id);
        old.forEach(doc::putIfAbsent);
        doc.keySet().retainAll(fields);
        return doc;
    }
}
