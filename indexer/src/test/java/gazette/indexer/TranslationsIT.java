package gazette.indexer;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.core.search.Hit;
import gazette.core.Page;
import gazette.core.PageDocument;
import gazette.testing.TestElasticsearch;
import gazette.testing.WithElasticsearch;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Language versions of one announcement end up as one story, each listing the others. */
@WithElasticsearch
class TranslationsIT {
    private static final String EN = "https://gov.example/en/visit";
    private static final String FR = "https://gov.example/fr/visite";
    private static final String ZH = "https://gov.example/zh/fangwen";
    private static final List<Page.Alternate> SWITCHER = List.of(new Page.Alternate("en", EN),
            new Page.Alternate("fr", FR), new Page.Alternate("zh", ZH));

    @Test
    void languageVersionsShareAStoryWhateverTheCrawlOrder(TestElasticsearch es) throws IOException {
        String index = new IndexLifecycle(es.client()).recreate(es.index());
        try (BulkIndexer indexer = new BulkIndexer(es.client(), index, BulkSettings.defaults())) {
            indexer.accept(page(ZH, "zh", "部长访问", SWITCHER));
            indexer.accept(page("https://gov.example/en/other", "en", "Another announcement", List.of()));
            indexer.accept(page(EN, "en", "Minister visits", SWITCHER.reversed()));
            indexer.accept(page(FR, "fr", "Visite du ministre", SWITCHER));
        }
        es.client().indices().refresh(r -> r.index(index));

        Map<String, Map<?, ?>> byUrl = sources(es, index);
        String story = (String) byUrl.get(EN).get(PageDocument.STORY);
        assertThat(byUrl.get(FR).get(PageDocument.STORY)).isEqualTo(story);
        assertThat(byUrl.get(ZH).get(PageDocument.STORY)).isEqualTo(story);
        assertThat(byUrl.get("https://gov.example/en/other").get(PageDocument.STORY)).isNotEqualTo(story);
        assertThat(storyMembers(es, index, story)).containsExactlyInAnyOrder(EN, FR, ZH);
        assertThat(byUrl.get(FR).get(PageDocument.TRANSLATIONS)).isEqualTo(List.of(
                Map.of("language", "en", "url", EN), Map.of("language", "zh", "url", ZH)));
    }

    private static Page page(String url, String language, String title, List<Page.Alternate> alternates) {
        return new Page(url, "gov.example", title, null, language, title, Instant.parse("2024-01-01T00:00:00Z"),
                null, alternates);
    }

    @SuppressWarnings("rawtypes")
    private static Map<String, Map<?, ?>> sources(TestElasticsearch es, String index) throws IOException {
        return es.client().search(s -> s.index(index).size(10), Map.class).hits().hits().stream()
                .collect(Collectors.toMap(h -> (String) h.source().get(PageDocument.URL),
                        Hit::source));
    }

    @SuppressWarnings("rawtypes")
    private static List<String> storyMembers(TestElasticsearch es, String index, String story) throws IOException {
        return es.client().search(s -> s.index(index).query(q -> q.term(t -> t.field(PageDocument.STORY)
                .value(story))), Map.class).hits().hits().stream().map(h -> (String) h.source().get(PageDocument.URL))
                .toList();
    }
}
