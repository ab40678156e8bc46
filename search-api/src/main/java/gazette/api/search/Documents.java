package gazette.api.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import gazette.core.PageDocument;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads single pages from the index by id, with their fetch history. */
public final class Documents {
    /** Ids are what {@code PageDocument.id} makes; anything else cannot exist, so it is not sent on. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,128}");

    private final ElasticsearchClient client;
    private final String index;
    private final FetchLog fetches;

    /** @param fetchHistoryIndex the fetch-history index; it need not exist */
    public Documents(ElasticsearchClient client, String index, String fetchHistoryIndex) {
        this.client = client;
        this.index = index;
        this.fetches = new FetchLog(client, fetchHistoryIndex);
    }

    /** The page with this id, or the page whose text a URL with this id turned out to duplicate. */
    public DocumentView get(String id) throws IOException {
        if (!ID.matcher(id).matches()) {
            throw new DocumentNotFoundException(id);
        }
        GetResponse<StoredPage> response = client.get(g -> g.index(index).id(id), StoredPage.class);
        if (response.found() && response.source() != null) {
            return view(id, response.source());
        }
        Hit<StoredPage> duplicated = byUrlId(id).orElseThrow(() -> new DocumentNotFoundException(id));
        return view(duplicated.id(), duplicated.source());
    }

    /** A URL found to serve another page's text has no document; links made before still carry its id. */
    private Optional<Hit<StoredPage>> byUrlId(String id) throws IOException {
        return client.search(s -> s.index(index).size(1)
                .query(q -> q.term(t -> t.field(PageDocument.URL_IDS).value(id))), StoredPage.class)
                .hits().hits().stream().filter(h -> h.source() != null).findFirst();
    }

    private DocumentView view(String id, StoredPage page) throws IOException {
        return DocumentView.of(id, page, fetches.of(id, page.allUrls()));
    }
}
