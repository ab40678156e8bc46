package gazette.core;

import co.elastic.clients.elasticsearch.ElasticsearchClient;

/** Builds the one kind of Elasticsearch client Gazette uses, from {@link ElasticsearchSettings}. */
public final class ElasticsearchClients {
    private ElasticsearchClients() {}

    public static ElasticsearchClient connect(ElasticsearchSettings settings) {
        return ElasticsearchClient.of(b -> {
            b.host(settings.url().toString());
            if (settings.apiKey() != null) {
                b.apiKey(settings.apiKey());
            } else if (settings.username() != null) {
                b.usernameAndPassword(settings.username(), settings.password() == null ? "" : settings.password());
            }
            return b;
        });
    }
}
