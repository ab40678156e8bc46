package gazette.indexer;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.core.search.Hit;
import gazette.core.Page;
import gazette.core.PageDocument;
import gazette.testing.TestElasticsearch;
import gazette.testing.WithElasticsearch;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Exact duplicates become one document listing every URL; near-duplicates share a duplicate group. */
@WithElasticsearch
class DuplicatesIT {
    private static final String RELEASE = """
            The Ministry of Civil Affairs held a press conference on Tuesday to present the national plan for the \
            care of older people. The plan sets targets for community care centres, home visits and the training \
            of nursing staff in every province.
            The minister said local governments would report on progress every six months, and funding for rural \
            areas will double over the next three years.""";
    private static final String OTHER = """
            The Ministry of Civil Affairs held a press conference on Thursday to present the annual report on \
            disaster relief. The report counts the households that received emergency aid after the summer floods.
            The minister said local governments would report on reconstruction every three months.""";
    private static final String RELEASE_ZH = "民政部星期二召开新闻发布会，介绍全国老年人照护规划。规划提出了社区照护中心、上门探访和各省护理人员培训的目标。\n"
            + "部长表示，地方政府将每六个月报告一次进展情况，农村地区的资金将在未来三年内翻一番。";
    private static final String SHORT = "https://gov.example/news/plan";
    private static final String PRINT = "https://gov.example/print/news/plan.html";
    private static final String QUERY = "https://gov.example/news/plan?from=home";
    /** One page per flush, so every page after the first is planned against what Elasticsearch returns. */
    private static final BulkSettings ONE_BY_ONE =
            new BulkSettings(1, Duration.ZERO, Duration.ZERO, Duration.ofSeconds(30));

    @Test
    void exactDuplicatesAreIndexedOnceWithAllTheirUrls(TestElasticsearch es) throws IOException {
        String index = new IndexLifecycle(es.client()).recreate(es.index() + "-exact");
        List<Page> crawl = List.of(page(QUERY, RELEASE), page(PRINT, RELEASE),
                page("https://gov.example/news/relief", OTHER), page(SHORT, RELEASE));
        BulkIndexer indexer = new BulkIndexer(es.client(), index, ONE_BY_ONE);
        crawl.forEach(indexer::accept);
        crawl.forEach(indexer::accept); // a re-run of the same crawl changes nothing
        indexer.flush();
        es.client().indices().refresh(r -> r.index(index));

        assertThat(es.client().count(c -> c.index(index)).count()).isEqualTo(2);
        assertThat(indexer.indexed()).isEqualTo(8);
        Map<?, ?> release = get(es, index, PageDocument.id(SHORT));
        assertThat(release.get(PageDocument.URL)).isEqualTo(SHORT);
        assertThat(release.get(PageDocument.URLS)).isEqualTo(List.of(SHORT, PRINT, QUERY));
        assertThat(es.client().exists(e -> e.index(index).id(PageDocument.id(QUERY))).value()).isFalse();
        assertThat(byUrlId(es, index, PageDocument.id(QUERY))).containsExactly(PageDocument.id(SHORT));
    }

    @Test
    void aUrlWhoseTextChangesGetsItsOwnDocumentAgain(TestElasticsearch es) throws IOException {
        String index = new IndexLifecycle(es.client()).recreate(es.index() + "-changed");
        try (BulkIndexer indexer = new BulkIndexer(es.client(), index, ONE_BY_ONE)) {
            indexer.accept(page(SHORT, RELEASE));
            indexer.accept(page(PRINT, RELEASE));
            indexer.accept(page(SHORT, RELEASE + "\nCorrection: the conference was held on Wednesday."));
        }
        es.client().indices().refresh(r -> r.index(index));

        assertThat(get(es, index, PageDocument.id(SHORT)).get(PageDocument.URLS)).isEqualTo(List.of(SHORT));
        assertThat(get(es, index, PageDocument.id(PRINT)).get(PageDocument.URLS)).isEqualTo(List.of(PRINT));
    }

    @Test
    void nearDuplicatesShareAGroupAndOtherReleasesDoNot(TestElasticsearch es) throws IOException {
        nearDuplicates(es, ONE_BY_ONE, "-near");
    }

    /** In one batch the planner finds them among the batch's own new documents rather than through the lookup. */
    @Test
    void nearDuplicatesInOneBatchShareAGroup(TestElasticsearch es) throws IOException {
        nearDuplicates(es, BulkSettings.defaults(), "-near-batch");
    }

    private static void nearDuplicates(TestElasticsearch es, BulkSettings settings, String suffix) throws IOException {
        String index = new IndexLifecycle(es.client()).recreate(es.index() + suffix);
        String english = "https://gov.example/en/plan";
        String syndicated = "https://news.example/gov/plan";
        String chinese = "https://gov.example/zh/plan";
        try (BulkIndexer indexer = new BulkIndexer(es.client(), index, settings)) {
            indexer.accept(page(english, "Home | News | Contact\n" + RELEASE + "\n© Ministry of Civil Affairs"));
            indexer.accept(page("https://gov.example/en/relief", OTHER));
            indexer.accept(page(syndicated, "Skip to content\nPolitics Economy World\n" + RELEASE
                    + "\nShare this article\nRead more: pensions"));
            indexer.accept(page(chinese, "zh", "首页 新闻\n" + RELEASE_ZH + "\n打印本页 关闭窗口"));
            indexer.accept(page("https://news.example/zh/plan", "zh", "网站导航\n" + RELEASE_ZH + "\n分享到微信"));
        }
        es.client().indices().refresh(r -> r.index(index));

        String group = (String) get(es, index, PageDocument.id(english)).get(PageDocument.DUPLICATE_GROUP);
        assertThat(group).isEqualTo(PageDocument.id(english));
        assertThat(get(es, index, PageDocument.id(syndicated)).get(PageDocument.DUPLICATE_GROUP)).isEqualTo(group);
        assertThat(get(es, index, PageDocument.id("https://gov.example/en/relief")).get(PageDocument.DUPLICATE_GROUP))
                .isEqualTo(PageDocument.id("https://gov.example/en/relief"));
        assertThat(get(es, index, PageDocument.id("https://news.example/zh/plan")).get(PageDocument.DUPLICATE_GROUP))
                .isEqualTo(PageDocument.id(chinese));
        assertThat(es.client().count(c -> c.index(index)).count()).isEqualTo(5);
    }

    private static Page page(String url, String text) {
        return page(url, "en", text);
    }

    private static Page page(String url, String language, String text) {
        return new Page(url, "gov.example", "National care plan", null, language, text,
                Instant.parse("2024-06-04T08:00:00Z"), null, List.of());
    }

    private static Map<?, ?> get(TestElasticsearch es, String index, String id) throws IOException {
        return es.client().get(g -> g.index(index).id(id), Map.class).source();
    }

    private static List<String> byUrlId(TestElasticsearch es, String index, String id) throws IOException {
        return es.client().search(s -> s.index(index).query(q -> q.term(t -> t.field(PageDocument.URL_IDS).value(id))),
                Map.class).hits().hits().stream().map(Hit::id).toList();
    }
}
