package gazette.indexer.bench;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import gazette.core.Page;
import gazette.core.PageDocument;
import gazette.core.PagesIndex;
import gazette.indexer.BulkIndexer;
import gazette.indexer.BulkSettings;
import gazette.indexer.IndexLifecycle;
import gazette.indexer.PageSource;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** One way of indexing the benchmark's pages; {@link #run} measures the writes and the last refresh, not the set-up. */
abstract class Variant {
    static final String GAZETTE = "gazette-bulk-indexer";
    static final String PLAIN = "plain-bulk-pages-index";
    static final String BASELINE = "plain-bulk-standard";
    private static final int BATCH = BulkSettings.defaults().batchSize();
    private static final String STANDARD = """
            {"settings": {"number_of_shards": 1, "number_of_replicas": 0},
             "mappings": {"properties": {"url": {"type": "keyword"}, "language": {"type": "keyword"},
               "title": {"type": "text", "analyzer": "standard"},
               "body": {"type": "text", "analyzer": "standard"}}}}""";

    final ElasticsearchClient client;

    Variant(ElasticsearchClient client) {
        this.client = client;
    }

    static List<Variant> all(ElasticsearchClient client) {
        return List.of(new Gazette(client), new Plain(client, PLAIN, PagesIndex.definition(), PageSource::of),
                new Plain(client, BASELINE, STANDARD, Variant::standard));
    }

    abstract String name();

    /** Writes {@code pages} into a fresh index named after {@code index}, timed; deletes it after. */
    abstract Round run(List<Page> pages, String index) throws IOException;

    private static Map<String, Object> standard(Page page) {
        return Map.of("url", page.url(), "language", page.language(), "title", page.title(), "body", page.text());
    }

    /** Gazette's own path: the pages index behind its alias, written by {@link BulkIndexer}. */
    private static final class Gazette extends Variant {
        Gazette(ElasticsearchClient client) {
            super(client);
        }

        @Override
        String name() {
            return GAZETTE;
        }

        @Override
        Round run(List<Page> pages, String alias) throws IOException {
            String index = new IndexLifecycle(client).recreate(alias);
            Round.Start start = Round.start(client);
            try (BulkIndexer indexer = new BulkIndexer(client, index, BulkSettings.defaults())) {
                pages.forEach(indexer::accept);
            }
            client.indices().refresh(r -> r.index(index));
            Round round = start.stop(pages.size());
            client.indices().delete(d -> d.index(index));
            return round;
        }
    }

    /** A bulk loop of {@link #BATCH} documents per request, checking every item, with no lookups. */
    private static final class Plain extends Variant {
        private final String name;
        private final String definition;
        private final Function<Page, Map<String, Object>> source;

        Plain(ElasticsearchClient client, String name, String definition, Function<Page, Map<String, Object>> source) {
            super(client);
            this.name = name;
            this.definition = definition;
            this.source = source;
        }

        @Override
        String name() {
            return name;
        }

        @Override
        Round run(List<Page> pages, String index) throws IOException {
            client.indices().create(c -> c.index(index).withJson(new StringReader(definition)));
            Round.Start start = Round.start(client);
            for (int from = 0; from < pages.size(); from += BATCH) {
                List<BulkOperation> ops = pages.subList(from, Math.min(pages.size(), from + BATCH)).stream()
                        .map(p -> BulkOperation.of(o -> o.index(i -> i.id(PageDocument.id(p.url()))
                                .document(source.apply(p))))).toList();
                BulkResponse response = client.bulk(b -> b.index(index).operations(ops));
                if (response.errors()) {
                    throw new IllegalStateException(name + ": Elasticsearch refused documents");
                }
            }
            client.indices().refresh(r -> r.index(index));
            Round round = start.stop(pages.size());
            client.indices().delete(d -> d.index(index));
            return round;
        }
    }
}
