package gazette.app;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import gazette.core.FetchEvent;
import gazette.core.FetchHistory;
import gazette.core.Json;
import gazette.core.PageDocument;
import gazette.core.UrlReport;
import gazette.crawler.frontier.UrlStatus;
import gazette.crawler.scope.UrlNormalizer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Answers "what happened to this URL": its record in the crawl-status index (looked up as given, then normalised
 * as the crawler records it), whether its page is in the pages index and since when it is marked removed, and every
 * fetch of it from the fetch-history index, newest first.
 */
final class UrlLookup {
    private static final int MAX_HISTORY = 500;
    private final ElasticsearchClient client;
    private final String alias;
    private final String statusIndex;
    private final String historyIndex;
    private final UrlNormalizer normalizer = new UrlNormalizer();

    /** @param historyIndex the fetch-history index ({@link FetchHistory#NAME}) */
    UrlLookup(ElasticsearchClient client, String alias, String statusIndex, String historyIndex) {
        this.client = client;
        this.alias = alias;
        this.statusIndex = statusIndex;
        this.historyIndex = historyIndex;
    }

    UrlLookup(ElasticsearchClient client, String alias, String statusIndex) {
        this(client, alias, statusIndex, FetchHistory.NAME);
    }

    /** Empty when the crawl-status index has no record of the URL (or does not exist yet). */
    Optional<UrlReport> find(String url) {
        Set<String> spellings = new LinkedHashSet<>();
        spellings.add(url);
        normalizer.normalize(url).map(URI::toString).ifPresent(spellings::add);
        for (String spelling : spellings) {
            Optional<Map<String, Object>> status = status(spelling);
            if (status.isPresent()) {
                return Optional.of(report(status.get()));
            }
        }
        return Optional.empty();
    }

    private Optional<Map<String, Object>> status(String url) {
        try {
            GetResponse<Map> found = client.get(g -> g.index(statusIndex).id(UrlStatus.id(url)), Map.class);
            return found.found() ? Optional.of(found.source()) : Optional.empty();
        } catch (ElasticsearchException e) {
            if (e.status() == 404) {
                return Optional.empty(); // no crawl has created the status index yet
            }
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the crawl status of " + url, e);
        }
    }

    /** The record joined with its page (indexed? removed when?) and its fetch history. */
    private UrlReport report(Map<String, Object> source) {
        UrlStatus s = Json.mapper().convertValue(source, UrlStatus.class);
        Optional<Hit<Map>> page = page(PageDocument.id(s.url()));
        // A URL serving the same text as a better URL is indexed in that URL's document (see the indexer's WritePlan).
        String documentId = page.map(Hit::id).orElse(PageDocument.id(s.url()));
        Instant removedAt = instant(page.map(p -> p.source() == null ? null : p.source().get(PageDocument.REMOVED_AT))
                .orElse(source.get("removed_at")));
        return new UrlReport(s.url(), s.host(), Json.mapper().convertValue(s.state(), String.class), s.depth(),
                s.discoveredFrom(), s.lastFetch(), s.httpStatus(), s.etag(), s.lastModified(), s.contentHash(),
                s.nextDue(), s.failures(), s.reason(), s.detail(), s.updated(), documentId, page.isPresent(),
                removedAt, history(s.url()));
    }

    /** Every fetch of {@code url}, newest first (at most {@value #MAX_HISTORY}); empty before the index exists. */
    List<FetchEvent> history(String url) {
        try {
            SearchResponse<Map> found = client.search(q -> q.index(historyIndex).size(MAX_HISTORY)
                    .query(t -> t.term(f -> f.field("url").value(url)))
                    .sort(o -> o.field(f -> f.field("time").order(SortOrder.Desc))), Map.class);
            return found.hits().hits().stream()
                    .map(h -> Json.mapper().convertValue(h.source(), FetchEvent.class)).toList();
        } catch (ElasticsearchException e) {
            if (e.status() == 404) {
                return List.of();
            }
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the fetch history of " + url, e);
        }
    }

    /** The document with this id, or the one listing it among its duplicate URLs' ids. */
    private Optional<Hit<Map>> page(String documentId) {
        try {
            SearchResponse<Map> found = client.search(q -> q.index(alias).size(1)
                    .query(b -> b.bool(o -> o.should(i -> i.ids(d -> d.values(documentId)))
                            .should(t -> t.term(f -> f.field(PageDocument.URL_IDS).value(documentId)))))
                    .source(c -> c.filter(f -> f.includes(PageDocument.URL, PageDocument.REMOVED_AT))), Map.class);
            return found.hits().hits().stream().findFirst();
        } catch (ElasticsearchException e) {
            if (e.status() == 404) {
                return Optional.empty();
            }
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reach Elasticsearch to look up document " + documentId, e);
        }
    }

    private static Instant instant(Object value) {
        return value == null ? null : Instant.parse(value.toString());
    }
}
