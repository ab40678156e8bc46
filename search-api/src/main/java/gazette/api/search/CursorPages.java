package gazette.api.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.json.JsonData;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Near-duplicate collapse for pages reached by {@code cursor}, where Elasticsearch's collapse cannot go: of the hits
 * after the cursor, in order, a page keeps those that rank first in their group, as a collapsed numbered page would.
 * Each group's first-ranked page appears once in a walk, so a group seen on one page never shows again.
 *
 * <p>Which hit leads its group is asked of Elasticsearch with the same query, filters and order, collapsed, and
 * restricted to the groups of the hits at hand. A page may need several batches when duplicates are skipped; after
 * {@link #MAX_BATCHES} it is returned short, with a cursor to carry on from.
 */
final class CursorPages {
    static final int MAX_BATCHES = 5;
    private final ElasticsearchClient client;
    private final String index;

    CursorPages(ElasticsearchClient client, String index) {
        this.client = client;
        this.index = index;
    }

    /** The page after {@code p.cursor()}, starting from the first batch of uncollapsed hits already fetched. */
    HitPage collapse(SearchParams p, QueryLanguages languages, SearchResponse<StoredPage> first) throws IOException {
        List<Hit> kept = new ArrayList<>();
        var batch = first.hits().hits();
        for (int round = 1; ; round++) {
            Map<String, Hit.Duplicates> leaders = leaders(p, languages, batch);
            for (var hit : batch) {
                if (hit.source().duplicateGroup() == null || leaders.containsKey(hit.id())) {
                    kept.add(HitMapper.toHit(hit, leaders.getOrDefault(hit.id(), Hit.Duplicates.NONE)));
                    if (kept.size() == p.size()) {
                        return new HitPage(kept, hit.sort());
                    }
                }
            }
            boolean last = batch.size() < p.size();
            if (last || round == MAX_BATCHES) {
                return new HitPage(kept, last ? null : batch.getLast().sort());
            }
            batch = client.search(SearchRequests.after(index, p, languages, batch.getLast().sort()), StoredPage.class)
                    .hits().hits();
        }
    }

    /**
     * The first-ranked page of each group in the batch, by id, with the rest of its group. Pages without a group
     * lead themselves and are not asked about.
     */
    private Map<String, Hit.Duplicates> leaders(SearchParams p, QueryLanguages languages,
            List<co.elastic.clients.elasticsearch.core.search.Hit<StoredPage>> batch) throws IOException {
        List<String> groups = batch.stream().map(h -> h.source().duplicateGroup()).filter(Objects::nonNull)
                .distinct().toList();
        if (groups.isEmpty()) {
            return Map.of();
        }
        SearchResponse<JsonData> response = client.search(SearchRequests.leaders(index, p, languages, groups),
                JsonData.class);
        return response.hits().hits().stream()
                .collect(Collectors.toMap(h -> h.id(), h -> Duplicates.of(h.id(), h.innerHits())));
    }
}
