package gazette.testing;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import gazette.core.ElasticsearchClients;
import gazette.core.ElasticsearchSettings;

/** A running Elasticsearch shared by a test run, with the client that talks to it and what stops it. */
record Cluster(String url, ElasticsearchClient client, AutoCloseable stop) implements AutoCloseable {

    static Cluster connect(String url, AutoCloseable stop) {
        return new Cluster(url, ElasticsearchClients.connect(ElasticsearchSettings.of(url)), stop);
    }

    /** Root-store values are closed at the end of the run; this closes the client, then stops the cluster. */
    @Override
    public void close() throws Exception {
        try (AutoCloseable stopLast = stop) {
            client.close();
        }
    }
}
