package gazette.bench.crawl;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.indices.IndicesStatsResponse;
import co.elastic.clients.elasticsearch.indices.stats.IndexStats;
import java.io.IOException;
import java.util.Locale;

/**
 * Where one index's time went on the Elasticsearch side, from its primaries' statistics: documents indexed and the
 * time spent analysing and writing them, refreshes, merges, and searches (the indexer's duplicate lookups).
 */
record IndexCost(String index, long docs, long indexMs, long refreshes, long refreshMs, long mergeMs,
        long searches, long searchMs) {

    static IndexCost of(ElasticsearchClient client, String index) throws IOException {
        IndicesStatsResponse response = client.indices().stats(s -> s.index(index));
        IndexStats p = response.indices().values().iterator().next().primaries();
        return new IndexCost(index, p.indexing().indexTotal(), p.indexing().indexTimeInMillis(),
                p.refresh().total(), p.refresh().totalTimeInMillis(), p.merges().totalTimeInMillis(),
                p.search().queryTotal(), p.search().queryTimeInMillis());
    }

    String row() {
        return String.format(Locale.ROOT, "| %s | %d | %.1f | %d | %.1f | %.1f | %d | %.1f |", index, docs,
                indexMs / 1000.0, refreshes, refreshMs / 1000.0, mergeMs / 1000.0, searches, searchMs / 1000.0);
    }

    static String header() {
        return "| index | docs indexed | indexing s | refreshes | refresh s | merging s | searches | search s |\n"
                + "|---|---:|---:|---:|---:|---:|---:|---:|";
    }
}
