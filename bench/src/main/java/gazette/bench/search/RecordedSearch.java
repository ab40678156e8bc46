package gazette.bench.search;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;

/**
 * One search request exactly as the search API sent it to Elasticsearch: method, path with query string (e.g.
 * {@code /gazette-bench-search/_search?typed_keys=true}), content type, accepted type and encodings (the client asks
 * for gzip, which makes Elasticsearch compress every answer), and body.
 */
record RecordedSearch(String method, String pathAndQuery, String contentType, String accept, String acceptEncoding,
        byte[] body) {

    /** The same request, sent straight to the node at {@code elasticsearch}. */
    HttpRequest replay(URI elasticsearch, Duration timeout) {
        HttpRequest.Builder request = HttpRequest.newBuilder(elasticsearch.resolve(pathAndQuery)).timeout(timeout)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (accept != null) {
            request.header("Accept", accept);
        }
        if (acceptEncoding != null) {
            request.header("Accept-Encoding", acceptEncoding);
        }
        return request.build();
    }
}
