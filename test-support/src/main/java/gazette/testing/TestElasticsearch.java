package gazette.testing;

import co.elastic.clients.elasticsearch.ElasticsearchClient;

/**
 * What a test gets from {@link ElasticsearchExtension}: the cluster's URL, a client for it (shared, do not close it)
 * and an index name of its own, unique to the test class, that no one has created yet.
 *
 * @param url    e.g. {@code http://127.0.0.1:41235}
 * @param client the shared client for {@code url}
 * @param index  lowercase, e.g. {@code t-pagesindexit-3fa9-0001}; everything named {@code index*} is deleted after
 *               the class
 */
public record TestElasticsearch(String url, ElasticsearchClient client, String index) {}
