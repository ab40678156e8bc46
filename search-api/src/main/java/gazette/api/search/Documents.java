package gazette.api.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.GetResponse;
import java.io.IOException;
import java.util.regex.Pattern;

/** Reads single pages from the index by id. */
public final class Documents {
    /** Ids are what {@code PageDocument.id} makes; anything else cannot exist, so it is not sent on. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,128}");

    private final ElasticsearchClient client;
    private final String index;

    public Documents(ElasticsearchClient client, String index) {
        this.client = client;
        this.index = index;
    }

    public DocumentView get(String id) throws IOException {
        if (!ID.matcher(id).matches()) {
            throw new DocumentNotFoundException(id);
        }
        GetResponse<StoredPage> response = client.get(g -> g.index(index).id(id), StoredPage.class);
        if (!response.found() || response.source() == null) {
            throw new DocumentNotFoundException(id);
        }
        return DocumentView.of(id, response.source());
    }
}
