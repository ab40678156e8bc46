package gazette.api.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One search result.
 *
 * @param snippets     HTML fragments of the page text: escaped, with only {@code <mark>} tags around matches
 * @param score        the relevance score, or null when there is nothing to score against
 * @param removed      the page has disappeared from its site but is kept
 * @param explanation  why it ranked where it did; only with {@code explain=true}, otherwise absent
 */
public record Hit(
        String id, String url, String title, String published, String language, String site, Double score,
        List<String> snippets, List<Translation> translations, boolean removed,
        @JsonInclude(JsonInclude.Include.NON_NULL) Explanation explanation) {}
