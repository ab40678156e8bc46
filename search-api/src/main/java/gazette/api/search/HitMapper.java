package gazette.api.search;

import java.util.List;
import java.util.Map;

/** Turns an Elasticsearch hit into the API's {@link Hit}. */
final class HitMapper {
    private HitMapper() {}

    /** A hit whose near-duplicates, if any, Elasticsearch collapsed into it. */
    static Hit toHit(co.elastic.clients.elasticsearch.core.search.Hit<StoredPage> hit) {
        return toHit(hit, Duplicates.of(hit.id(), hit.innerHits()));
    }

    static Hit toHit(co.elastic.clients.elasticsearch.core.search.Hit<StoredPage> hit, Hit.Duplicates duplicates) {
        StoredPage page = hit.source();
        Map<String, List<String>> highlight = hit.highlight() == null ? Map.of() : hit.highlight();
        List<String> snippets = Snippets.choose(highlight, page.language());
        return new Hit(hit.id(), page.url(), page.title(), page.published(), page.language(), page.site(),
                finite(hit.score()), snippets, page.translationLinks(), page.isRemoved(), page.removedAt(),
                duplicates, hit.explanation() == null ? null : Explanation.of(hit.explanation()));
    }

    /** Elasticsearch reports NaN when it did not score; JSON has no NaN. */
    private static Double finite(Double score) {
        return score == null || score.isNaN() || score.isInfinite() ? null : score;
    }
}
