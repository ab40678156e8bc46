package gazette.api.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.search.Hit;
import gazette.core.FetchHistory;
import java.io.IOException;
import java.util.List;
import java.util.Objects;

/** Reads a document's fetches from the fetch-history index ({@link FetchHistory}), newest first. */
final class FetchLog {
    /** A page recrawled daily for years has thousands; the latest tell what changed and when it went. */
    static final int LIMIT = 50;

    private final ElasticsearchClient client;
    private final String index;

    FetchLog(ElasticsearchClient client, String index) {
        this.client = client;
        this.index = index;
    }

    /**
     * The fetches recorded under the document's id or any of its URLs; none when the crawler has not created the
     * index (yet), as on an index filled before fetch history existed.
     */
    List<FetchRecord> of(String documentId, List<String> urls) throws IOException {
        List<FieldValue> urlValues = urls.stream().map(FieldValue::of).toList();
        return client.search(s -> s.index(index).ignoreUnavailable(true).allowNoIndices(true).size(LIMIT)
                .query(q -> q.bool(b -> b.minimumShouldMatch("1")
                        .should(sh -> sh.term(t -> t.field("document_id").value(documentId)))
                        .should(sh -> sh.terms(t -> t.field("url").terms(v -> v.value(urlValues))))))
                .sort(o -> o.field(f -> f.field("time").order(SortOrder.Desc))), FetchRecord.class)
                .hits().hits().stream().map(Hit::source).filter(Objects::nonNull).toList();
    }
}
