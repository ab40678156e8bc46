package gazette.app;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.Refresh;
import gazette.core.CrawlState;
import gazette.core.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sites-state index ({@value #NAME}, one document per site): when each site's last crawl started and ended, and
 * how. Read once, then kept in memory and written through; one scheduler per cluster.
 */
final class SiteStates {
    static final String NAME = "gazette-sites-state";
    private final ElasticsearchClient client;
    private final String index;
    private final Map<String, SiteState> states = new ConcurrentHashMap<>();

    private SiteStates(ElasticsearchClient client, String index) {
        this.client = client;
        this.index = index;
    }

    /** Creates the index if needed and reads what it holds. */
    static SiteStates open(ElasticsearchClient client, String index) {
        SiteStates states = new SiteStates(client, index);
        states.ensure();
        states.load();
        return states;
    }

    SiteState get(String name) {
        return states.getOrDefault(name, SiteState.never(name));
    }

    void started(String name, String crawlId, Instant at) {
        put(new SiteState(name, at, null, Json.mapper().convertValue(CrawlState.RUNNING, String.class), crawlId));
    }

    void ended(String name, String crawlId, CrawlState state, Instant at) {
        SiteState before = get(name);
        put(new SiteState(name, before.lastStarted(), at, Json.mapper().convertValue(state, String.class), crawlId));
    }

    private void put(SiteState state) {
        try {
            client.index(i -> i.index(index).id(state.name())
                    .document(Json.mapper().convertValue(state, Map.class)).refresh(Refresh.True));
            states.put(state.name(), state);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record the crawl state of site " + state.name(), e);
        }
    }

    private void load() {
        try {
            var found = client.search(s -> s.index(index).size(10_000), Map.class);
            found.hits().hits().forEach(hit -> {
                SiteState state = Json.mapper().convertValue(hit.source(), SiteState.class);
                states.put(state.name(), state);
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the sites-state index " + index, e);
        }
    }

    private void ensure() {
        try (InputStream definition = SiteStates.class.getResourceAsStream("/gazette/index/sites-state.json")) {
            if (!client.indices().exists(e -> e.index(index)).value()) {
                client.indices().create(c -> c.index(index).withJson(definition));
            }
        } catch (ElasticsearchException e) {
            if (!"resource_already_exists_exception".equals(e.error().type())) {
                throw e; // another process created it first otherwise
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the sites-state index " + index, e);
        }
    }
}
