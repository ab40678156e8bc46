package gazette.bench.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import gazette.core.ElasticsearchClients;
import gazette.core.ElasticsearchSettings;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The same searches in two forms: {@code GET /api/search?…} against the search API, and the Elasticsearch requests
 * the API sent for each of them, recorded through a {@link RecordingProxy} by sending every query once to an API
 * over the proxy. A query the API refuses (not 200) is left out of both.
 *
 * @param apiCalls    per query, the one API request (relative to the API's address, resolved when sent)
 * @param directCalls per query, the recorded requests, to be sent straight to Elasticsearch
 * @param refused     queries left out because the API did not answer 200
 */
record Workload(List<QueryMix.Query> queries, List<String> apiCalls, List<List<RecordedSearch>> directCalls,
        int refused) {
    static final Duration TIMEOUT = Duration.ofSeconds(30);
    /** The first query loads the query-language models (seconds, longer on a busy machine); nothing is timed here. */
    private static final Duration RECORDING_TIMEOUT = Duration.ofMinutes(3);

    /**
     * @param startApi starts the search API over the given client and returns it (the caller's configuration)
     */
    static Workload record(List<QueryMix.Query> queries, URI elasticsearch,
            Function<ElasticsearchClient, Javalin> startApi) throws IOException, InterruptedException {
        try (RecordingProxy proxy = RecordingProxy.start(elasticsearch);
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            ElasticsearchClient client = ElasticsearchClients.connect(ElasticsearchSettings.of(proxy.url()));
            Javalin api = startApi.apply(client);
            try {
                return record(queries, URI.create("http://127.0.0.1:" + api.port()), proxy, http);
            } finally {
                api.stop();
                client._transport().close();
            }
        }
    }

    private static Workload record(List<QueryMix.Query> queries, URI api, RecordingProxy proxy, HttpClient http)
            throws IOException, InterruptedException {
        List<QueryMix.Query> kept = new ArrayList<>();
        List<String> apiCalls = new ArrayList<>();
        List<List<RecordedSearch>> directCalls = new ArrayList<>();
        for (QueryMix.Query query : queries) {
            String path = "/api/search?" + query.parameters();
            int status = http.send(HttpRequest.newBuilder(api.resolve(path)).timeout(RECORDING_TIMEOUT).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
            List<RecordedSearch> sent = proxy.take();
            if (status == 200 && !sent.isEmpty()) {
                kept.add(query);
                apiCalls.add(path);
                directCalls.add(sent);
            }
        }
        return new Workload(List.copyOf(kept), List.copyOf(apiCalls), List.copyOf(directCalls),
                queries.size() - kept.size());
    }

    /** The API requests, against the API at {@code api}. */
    List<List<HttpRequest>> api(URI api) {
        return apiCalls.stream().map(path -> List.of(HttpRequest.newBuilder(api.resolve(path)).timeout(TIMEOUT)
                .GET().build())).toList();
    }

    /** The recorded requests, against the node at {@code elasticsearch}. */
    List<List<HttpRequest>> direct(URI elasticsearch) {
        return directCalls.stream().map(call -> call.stream().map(r -> r.replay(elasticsearch, TIMEOUT)).toList())
                .toList();
    }

    /** Elasticsearch requests per API search, over all queries (1.0 when none needed a second request). */
    double requestsPerSearch() {
        return directCalls.stream().mapToInt(List::size).average().orElse(Double.NaN);
    }
}
