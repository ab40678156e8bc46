package gazette.crawler.pacing;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch._types.Refresh;
import gazette.testing.TestElasticsearch;
import gazette.testing.WithElasticsearch;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The search totals the pacer watches, read from a real node. */
@WithElasticsearch
class IndexSearchMeterIT {

    @Test
    void countsTheSearchesOfItsIndexOnly(TestElasticsearch es) throws IOException {
        String watched = es.index() + "-watched";
        String other = es.index() + "-other";
        for (String index : new String[] {watched, other}) {
            es.client().index(i -> i.index(index).id("1").refresh(Refresh.True).document(Map.of("title", "budget")));
        }
        IndexSearchMeter meter = new IndexSearchMeter(es.client(), watched);
        SearchTotals before = meter.read();

        for (int i = 0; i < 3; i++) {
            es.client().search(s -> s.index(watched).query(q -> q.match(m -> m.field("title").query("budget"))),
                    Map.class);
        }
        es.client().search(s -> s.index(other).query(q -> q.matchAll(m -> m)), Map.class);

        SearchTotals window = meter.read().since(before);
        assertThat(window.searches()).isEqualTo(3);
        assertThat(window.millis()).isNotNegative();
    }
}
