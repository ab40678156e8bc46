package gazette.crawler.history;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.core.SearchResponse;
import gazette.core.FetchEvent;
import gazette.crawler.frontier.OutageRetry;
import gazette.testing.TestElasticsearch;
import gazette.testing.WithElasticsearch;
import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The fetch-history index keeps each event's request duration, also in an index created before it had the field. */
@WithElasticsearch
class ElasticsearchFetchLogIT {
    /** The strict mapping as it was before {@code duration_ms}. */
    private static final String OLD_DEFINITION = """
            {"mappings": {"dynamic": "strict", "properties": {
              "url": {"type": "keyword"}, "document_id": {"type": "keyword"}, "time": {"type": "date"},
              "http_status": {"type": "integer"}, "outcome": {"type": "keyword"},
              "content_hash": {"type": "keyword"}, "changed": {"type": "boolean"},
              "reason": {"type": "keyword"}, "detail": {"type": "text"}}}}""";

    @Test
    void anIndexFromBeforeDurationsTakesThemOnceEnsured(TestElasticsearch es) throws IOException {
        String index = es.index() + "-old-history";
        es.client().indices().create(c -> c.index(index).withJson(new StringReader(OLD_DEFINITION)));
        ElasticsearchFetchLog log = new ElasticsearchFetchLog(es.client(), index, 10,
                OutageRetry.of(OutageRetry.Settings.defaults())).ensure();

        FetchEvent event = new FetchEvent("https://a.example/", "id-a", Instant.parse("2026-01-02T03:04:05Z"), 200,
                "indexed", "hash", true, null, null).withDuration(Duration.ofMillis(1234));
        log.append(event);
        log.flush();

        es.client().indices().refresh(r -> r.index(index));
        SearchResponse<Map> found = es.client().search(s -> s.index(index), Map.class);
        assertThat(found.hits().hits()).hasSize(1);
        assertThat(found.hits().hits().getFirst().source()).containsEntry("duration_ms", 1234);
    }
}
