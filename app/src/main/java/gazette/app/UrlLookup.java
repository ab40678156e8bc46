package gazette.app;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.GetResponse;
import gazette.core.Json;
import gazette.core.PageDocument;
import gazette.core.UrlReport;
import gazette.crawler.frontier.UrlStatus;
import gazette.crawler.scope.UrlNormalizer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Answers "what happened to this URL": its record in the crawl-status index (looked up as given, then normalised
 * as the crawler records it) and whether its page is in the pages index.
 */
final class UrlLookup {
    private final ElasticsearchClient client;
    private final String alias;
    private final String statusIndex;
    private final UrlNormalizer normalizer = new UrlNormalizer();

    UrlLookup(ElasticsearchClient client, String alias, String statusIndex) {
        this.client = client;
        this.alias = alias;
        this.statusIndex = statusIndex;
    }

    /** Empty when the crawl-status index has no record of the URL (or does not exist yet). */
    Optional<UrlReport> find(String url) {
        Set<String> spellings = new LinkedHashSet<>();
        spellings.add(url);
        normalizer.normalize(url).map(URI::toString).ifPresent(spellings::add);
        for (String spelling : spellings) {
            Optional<UrlStatus> status = status(spelling);
            if (status.isPresent()) {
                return Optional.of(report(status.get()));
            }
        }
        return Optional.empty();
    }

    private Optional<UrlStatus> status(String url) {
        try {
            GetResponse<Map> found = client.get(g -> g.index(statusIndex).id(UrlStatus.id(url)), Map.class);
            return found.found()
                    ? Optional.of(Json.mapper().convertValue(found.source(), UrlStatus.class)) : Optional.empty();
        } catch (ElasticsearchException e) {
            if (e.status() == 404) {
                return Optional.empty(); // no crawl has created the status index yet
            }
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the crawl status of " + url, e);
        }
    }

    private UrlReport report(UrlStatus s) {
        String documentId = PageDocument.id(s.url());
        return new UrlReport(s.url(), s.host(), Json.mapper().convertValue(s.state(), String.class), s.depth(),
                s.discoveredFrom(), s.lastFetch(), s.httpStatus(), s.etag(), s.lastModified(), s.contentHash(),
                s.nextDue(), s.failures(), s.reason(), s.detail(), s.updated(), documentId, indexed(documentId));
    }

    private boolean indexed(String documentId) {
        try {
            return client.exists(e -> e.index(alias).id(documentId)).value();
        } catch (ElasticsearchException e) {
            if (e.status() == 404) {
                return false;
            }
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reach Elasticsearch to look up document " + documentId, e);
        }
    }
}
