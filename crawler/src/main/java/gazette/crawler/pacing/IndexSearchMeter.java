package gazette.crawler.pacing;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.CommonStatsFlag;
import co.elastic.clients.elasticsearch._types.SearchStats;
import java.io.IOException;

/** The search totals of one index (or alias) from Elasticsearch's {@code _stats/search}, all its shard copies. */
public final class IndexSearchMeter implements SearchMeter {
    private final ElasticsearchClient client;
    private final String index;

    public IndexSearchMeter(ElasticsearchClient client, String index) {
        this.client = client;
        this.index = index;
    }

    @Override
    public SearchTotals read() throws IOException {
        SearchStats search = client.indices().stats(s -> s.index(index).metric(CommonStatsFlag.Search)).all().total().search();
        if (search == null) {
            return SearchTotals.NONE;
        }
        return new SearchTotals(search.queryTotal(), search.queryTimeInMillis() + search.fetchTimeInMillis());
    }
}
