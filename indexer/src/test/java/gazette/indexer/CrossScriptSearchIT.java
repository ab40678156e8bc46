package gazette.indexer;

import static gazette.indexer.BulkIndexerIT.page;
import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import gazette.core.PageDocument;
import gazette.testing.TestElasticsearch;
import gazette.testing.WithElasticsearch;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Names found across scripts and Chinese found across its two writing systems, through the indexed fields. */
@WithElasticsearch
class CrossScriptSearchIT {
    private static final String ZH = "https://gov.example/zh/lu";
    private static final String ZH_HANT = "https://gov.example/zh-hant/lu";
    private static final String EL = "https://gov.example/el/pm";
    private static final String EN = "https://gov.example/en/pm";
    private static final String RU = "https://gov.example/ru/kremlin";
    private static final String DE = "https://gov.example/de/mueller";
    private static TestElasticsearch es;

    @BeforeAll
    static void index(TestElasticsearch cluster) throws IOException {
        es = cluster;
        String index = new IndexLifecycle(es.client()).recreate(es.index());
        try (BulkIndexer indexer = new BulkIndexer(es.client(), index, BulkSettings.defaults())) {
            indexer.accept(page(ZH, "zh", "陆治原会见代表团", "民政部部长陆治原在北京会见代表团。"));
            indexer.accept(page(ZH_HANT, "zh-Hant", "國家語言政策", "陸路交通與國家語言政策。"));
            indexer.accept(page(EL, "el", "Ο πρωθυπουργός", "Ο πρωθυπουργός Κυριάκος Μητσοτάκης μίλησε σήμερα."));
            indexer.accept(page(EN, "en", "Prime minister", "Prime Minister Kyriakos Mitsotakis spoke today."));
            indexer.accept(page(RU, "ru", "Кремль", "Владимир Путин провёл совещание."));
            indexer.accept(page(DE, "de", "Besuch", "Ministerin Anna Müller besuchte die Schule."));
        }
        es.client().indices().refresh(r -> r.index(index));
    }

    @Test
    void pinyinFindsTheHanziName() throws IOException {
        assertThat(hits(match(PageDocument.BODY_NAMES, "lu zhiyuan"))).containsExactly(ZH);
        assertThat(hits(match(PageDocument.BODY_NAMES, "luzhiyuan"))).containsExactly(ZH);
        assertThat(hits(match(PageDocument.TITLE_NAMES, "Lu Zhiyuan"))).containsExactly(ZH);
    }

    @Test
    void pinyinNameWorksAsAnExactPhrase() throws IOException {
        assertThat(hits(phrase(PageDocument.BODY_NAMES, "lu zhiyuan"))).containsExactly(ZH);
        assertThat(hits(phrase(PageDocument.BODY_NAMES, "zhiyuan lu"))).isEmpty();
    }

    @Test
    void traditionalCharactersFindSimplifiedAndBack() throws IOException {
        assertThat(hits(phrase(PageDocument.BODY_CJK, "陸治原"))).containsExactly(ZH);
        assertThat(hits(phrase(PageDocument.BODY_CJK, "国家语言"))).containsExactly(ZH_HANT);
    }

    @Test
    void greekNameFoundInLatinAndLatinInGreek() throws IOException {
        assertThat(hits(match(PageDocument.BODY_NAMES, "mitsotakis"))).containsExactlyInAnyOrder(EL, EN);
        assertThat(hits(match(PageDocument.BODY_NAMES, "Μητσοτάκης"))).containsExactlyInAnyOrder(EL, EN);
    }

    @Test
    void cyrillicNameFoundInLatin() throws IOException {
        assertThat(hits(match(PageDocument.BODY_NAMES, "vladimir putin"))).containsExactly(RU);
    }

    @Test
    void umlautsFoldInNamesAndTheGermanFieldAlsoTakesTheirSpelledOutForm() throws IOException {
        assertThat(hits(match(PageDocument.BODY_NAMES, "muller"))).containsExactly(DE);
        assertThat(hits(match(PageDocument.BODY_NAMES, "mueller"))).isEmpty();
        assertThat(hits(match("body_de", "Mueller"))).containsExactly(DE);
    }

    private static Query match(String field, String text) {
        return Query.of(q -> q.match(m -> m.field(field).query(text).operator(Operator.And)));
    }

    private static Query phrase(String field, String text) {
        return Query.of(q -> q.matchPhrase(m -> m.field(field).query(text)));
    }

    @SuppressWarnings("rawtypes")
    private static List<String> hits(Query query) throws IOException {
        return es.client().search(s -> s.index(es.index()).query(query), Map.class).hits().hits().stream()
                .map(h -> (String) h.source().get(PageDocument.URL)).toList();
    }
}
