package gazette.api.search;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch._types.Refresh;
import gazette.core.Page;
import gazette.core.PageDocument;
import gazette.core.PagesIndex;
import gazette.testing.TestElasticsearch;
import gazette.testing.WithElasticsearch;
import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Queries against Russian pages: question words (stop words) rank pages but are never required; names match across
 * scripts in their inflected forms, common words do not.
 */
@WithElasticsearch
class RussianPagesIT {
    private static final String PUTIN = "https://news.example/ru/putin";
    private static final String VISIT = "https://news.example/ru/visit";
    private static final String PENSION = "https://news.example/ru/pension";
    private static Searcher searcher;

    @BeforeAll
    static void index(TestElasticsearch es) throws IOException {
        String concrete = es.index() + "-v1";
        es.client().indices().create(c -> c.index(concrete).withJson(new StringReader(PagesIndex.definition())));
        es.client().indices().putAlias(a -> a.index(concrete).name(es.index()));
        put(es, concrete, PUTIN, "Путин выступил в Москве с обращением к парламенту.");
        put(es, concrete, PENSION, "Правительство одобрило проект пенсионного законопроекта.");
        put(es, concrete, VISIT, "Визит Путина в Берлин завершился переговорами.");
        searcher = new Searcher(es.client(), es.index(), new ScriptDetector());
    }

    private static void put(TestElasticsearch es, String index, String url, String text) throws IOException {
        Page page = new Page(url, "news.example", "", null, "ru", text, Instant.parse("2025-01-01T00:00:00Z"), null,
                List.of());
        es.client().index(i -> i.index(index).id(PageDocument.id(url)).document(PageDocument.source(page))
                .refresh(Refresh.True));
    }

    private static List<String> urls(String q) throws IOException {
        return searcher.search(SearchParams.of(q)).hits().stream().map(h -> h.url()).toList();
    }

    @Test
    void aQuestionWordThePageLacksIsNotRequired() throws IOException {
        assertThat(urls("где Путин")).containsExactly(PUTIN, VISIT);
    }

    @Test
    void aLatinNameFindsItsInflectedCyrillicForm() throws IOException {
        assertThat(urls("putin")).containsExactlyInAnyOrder(PUTIN, VISIT);
        assertThat(urls("berlin putin")).containsExactly(VISIT);
    }

    @Test
    void aLatinCommonWordDoesNotMatchARussianWordItPrefixes() throws IOException {
        assertThat(urls("pension")).isEmpty();
    }

    @Test
    void aContentWordThePageLacksIsStillRequired() throws IOException {
        assertThat(urls("где Медведев")).isEmpty();
    }
}
