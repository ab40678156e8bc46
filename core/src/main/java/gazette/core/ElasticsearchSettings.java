package gazette.core;

import java.net.URI;
import java.util.Objects;

/**
 * Where Elasticsearch is and how to log in to it.
 *
 * @param url      e.g. {@code http://127.0.0.1:9200}
 * @param username basic-auth user, or null
 * @param password basic-auth password, or null
 * @param apiKey   an API key (takes precedence over basic auth), or null
 */
public record ElasticsearchSettings(URI url, String username, String password, String apiKey) {
    public ElasticsearchSettings {
        Objects.requireNonNull(url, "url");
        if (!"http".equals(url.getScheme()) && !"https".equals(url.getScheme())) {
            throw new IllegalArgumentException("Elasticsearch URL must be http or https: " + url);
        }
    }

    public static ElasticsearchSettings of(String url) {
        return new ElasticsearchSettings(URI.create(url), null, null, null);
    }

    @Override
    public String toString() {
        return "ElasticsearchSettings[url=" + url + ", username=" + username + "]";
    }
}
