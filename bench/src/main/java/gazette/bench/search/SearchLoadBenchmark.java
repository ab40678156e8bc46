package gazette.bench.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import gazette.api.Meters;
import gazette.api.SearchApi;
import gazette.api.admin.AdminAccess;
import gazette.extraction.lang.QueryLanguages;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Search latency under load: the same query mix from {@code clients} concurrent clients, against the search API
 * ({@code /api/search} with its default highlighting and facets) and as the exact Elasticsearch requests the API sent
 * for it, straight to the node, in alternating rounds (API first, then direct first, and so on) so the machine's
 * noise hits both sides. The first round of each side warms up and is not counted.
 */
public final class SearchLoadBenchmark {
    private static final Logger log = LoggerFactory.getLogger(SearchLoadBenchmark.class);
    private static final long SEED = 20261129L;

    /**
     * @param documents     pages in the index (reused when it already holds exactly this many)
     * @param queries       distinct queries in the mix
     * @param clients       concurrent clients
     * @param rounds        counted rounds per side, after one warm-up round each
     * @param round         the longest a round lasts
     * @param callsPerRound the most searches a round sends (a bound for tests; the round's length bounds real runs)
     */
    public record Settings(int documents, int queries, int clients, int rounds, Duration round, int callsPerRound) {
        public Settings {
            if (documents < 1 || queries < 1 || clients < 1 || rounds < 1 || callsPerRound < 1) {
                throw new IllegalArgumentException("documents, queries, clients, rounds and calls must be positive");
            }
            if (round.isNegative() || round.isZero()) {
                throw new IllegalArgumentException("a round must last some time, was " + round);
            }
        }
    }

    /** What a run measured; {@code indexed} tells whether the index was built (true) or reused. */
    public record Result(long documents, boolean indexed, double indexSeconds, Workload workload, PhaseResult api,
            PhaseResult direct) {
        double p99Ratio() {
            return api.percentileMs(99) / direct.percentileMs(99);
        }
    }

    private final Settings settings;
    private final CorpusText text;

    public SearchLoadBenchmark(Settings settings, CorpusText text) {
        this.settings = settings;
        this.text = text;
    }

    /** Builds or reuses the index behind {@code alias} on the node at {@code elasticsearch}, then measures. */
    public Result run(ElasticsearchClient client, URI elasticsearch, String alias)
            throws IOException, InterruptedException {
        LoadIndex index = new LoadIndex(client, alias);
        long start = System.nanoTime();
        boolean indexed = index.ensure(new GeneratedPages(text, SEED), settings.documents());
        double indexSeconds = (System.nanoTime() - start) / 1e9;
        List<QueryMix.Query> queries = QueryMix.generate(text, settings.queries(), SEED);
        Workload workload = Workload.record(queries, elasticsearch, c -> startApi(c, alias));
        log.info("event=workload_recorded queries={} refused={} requests_per_search={}", workload.queries().size(),
                workload.refused(), workload.requestsPerSearch());
        Javalin api = startApi(client, alias);
        try (HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build()) {
            List<List<HttpRequest>> apiCalls = workload.api(URI.create("http://127.0.0.1:" + api.port()));
            List<List<HttpRequest>> directCalls = workload.direct(elasticsearch);
            ClosedLoop load = new ClosedLoop(http, settings.clients());
            PhaseResult apiSide = PhaseResult.empty("search API");
            PhaseResult directSide = PhaseResult.empty("Elasticsearch direct");
            for (int round = 0; round <= settings.rounds(); round++) {
                // A-B, B-A, …: a machine getting busier or quieter over the run favours neither side.
                boolean apiFirst = round % 2 == 0;
                PhaseResult d = apiFirst ? null : load.run(directSide.side(), directCalls, settings.round(),
                        settings.callsPerRound());
                PhaseResult a = load.run(apiSide.side(), apiCalls, settings.round(), settings.callsPerRound());
                if (apiFirst) {
                    d = load.run(directSide.side(), directCalls, settings.round(), settings.callsPerRound());
                }
                log.info("event=round round={} api_p99_ms={} direct_p99_ms={} api_calls={} direct_calls={}", round,
                        a.percentileMs(99), d.percentileMs(99), a.calls(), d.calls());
                if (round > 0) {
                    apiSide = apiSide.plus(a);
                    directSide = directSide.plus(d);
                }
            }
            return new Result(index.documents(), indexed, indexSeconds, workload, apiSide, directSide);
        } finally {
            api.stop();
        }
    }

    /** The search API as {@code gazette serve} runs it: Lingua-backed query languages, admin off. */
    private static Javalin startApi(ElasticsearchClient client, String alias) {
        return new SearchApi(client, alias, AdminAccess.off(), Meters.prometheus(), new QueryLanguages())
                .start("127.0.0.1", 0);
    }
}
