package gazette.es.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.InfoResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.indices.analyze.AnalyzeToken;
import co.elastic.clients.util.NamedValue;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SharedNode.class)
class EmbeddedElasticsearchIT {
    private static final String INDEX_DEFINITION = """
            {"settings": {"number_of_shards": 1, "number_of_replicas": 0,
               "analysis": {"analyzer": {"english_all_words": {"type": "english", "stopwords": "_none_"}}}},
             "mappings": {"properties": {"title": {"type": "text", "analyzer": "english"}}}}""";

    @Test
    void servesHttpOnLoopbackAtTheBoundPort(EmbeddedElasticsearch node) {
        assertThat(node.port()).isPositive();
        assertThat(node.url()).isEqualTo("http://127.0.0.1:" + node.port());
    }

    @Test
    void infoReportsElasticsearch953(ElasticsearchClient client) throws IOException {
        InfoResponse info = client.info();
        assertThat(info.version().number()).isEqualTo("9.5.3");
        assertThat(info.clusterName()).isEqualTo("gazette-embedded");
        assertThat(info.tagline()).isEqualTo("You Know, for Search");
        assertThat(client.ping().value()).isTrue();
    }

    @Test
    void indexesSearchesAndHighlightsThroughTheEnglishAnalyzer(ElasticsearchClient client) throws IOException {
        createIndex(client, "embedded-round-trip");
        client.index(i -> i.index("embedded-round-trip").id("1").refresh(Refresh.True)
                .document(Map.of("title", "The quick brown foxes are running through the gardens")));

        SearchResponse<Map> response = client.search(s -> s.index("embedded-round-trip")
                .query(q -> q.match(m -> m.field("title").query("fox run")))
                .highlight(h -> h.fields(NamedValue.of("title", HighlightField.of(f -> f)))), Map.class);

        Hit<Map> hit = response.hits().hits().getFirst();
        assertThat(response.hits().total().value()).isEqualTo(1);
        assertThat(hit.id()).isEqualTo("1");
        assertThat(hit.highlight().get("title"))
                .containsExactly("The quick brown <em>foxes</em> are <em>running</em> through the gardens");
    }

    @Test
    void languageAnalyzerTypeTakesElasticsearchsStopwordsParameter(ElasticsearchClient client) throws IOException {
        createIndex(client, "embedded-custom-analyzer");
        List<String> tokens = client.indices().analyze(a -> a.index("embedded-custom-analyzer")
                .analyzer("english_all_words").text("The foxes are running"))
                .tokens().stream().map(AnalyzeToken::token).toList();
        assertThat(tokens).isEqualTo(List.of("the", "fox", "ar", "run"));
    }

    private static void createIndex(ElasticsearchClient client, String name) throws IOException {
        client.indices().create(c -> c.index(name).withJson(new StringReader(INDEX_DEFINITION)));
    }
}
