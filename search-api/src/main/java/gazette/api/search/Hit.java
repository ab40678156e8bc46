package gazette.api.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One search result.
 *
 * @param snippets     HTML fragments of the page text: escaped, with only {@code <mark>} tags around matches
 * @param score        the relevance score, or null when there is nothing to score against
 * @param removed      the page has disappeared from its site but is kept
 * @param removedAt    when it was found gone, or null
 * @param duplicates   the near-duplicates collapsed into this hit
 * @param explanation  why it ranked where it did; only with {@code explain=true}, otherwise absent
 */
public record Hit(
        String id, String url, String title, String published, String language, String site, Double score,
        List<String> snippets, List<Translation> translations, boolean removed,
        @JsonProperty("removed_at") String removedAt, Duplicates duplicates,
        @JsonInclude(JsonInclude.Include.NON_NULL) Explanation explanation) {

    /**
     * The other pages of a hit's near-duplicate group, which the hit list does not show.
     *
     * @param count how many there are
     * @param ids   the first few of them, by URL, for {@code /api/documents/{id}}
     */
    public record Duplicates(long count, List<String> ids) {
        public static final Duplicates NONE = new Duplicates(0, List.of());

        public Duplicates {
            ids = List.copyOf(ids);
        }
    }
}
