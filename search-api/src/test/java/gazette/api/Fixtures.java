package gazette.api;

import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import gazette.core.Page;
import gazette.core.PageDocument;
import gazette.core.PagesIndex;
import gazette.testing.TestElasticsearch;
import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A small multilingual pages index: created from the real definition, behind an alias, as the indexer does. */
final class Fixtures {
    static final Instant CRAWLED = Instant.parse("2025-01-01T00:00:00Z");

    static final Page PENSION_EN = page("https://www.gov.uk/news/pension-reform", "www.gov.uk",
            "Pension reform announced for older workers", "2024-05-10", "en",
            "The government announced a reform of state pensions today and warned of scams in a security notice. "
                    + "Pensioners will receive an increase "
                    + "from April.\n\nThe minister said the plan protects older workers.",
            List.of(new Page.Alternate("de", "https://www.bundesregierung.de/rentenreform")));
    static final Page BUDGET_EN = page("https://www.gov.uk/news/budget-2023", "www.gov.uk", "Budget statement 2023",
            "2023-03-15", "en", "The annual budget sets out tax changes. Income tax thresholds are frozen.", List.of());
    static final Page DRAFT_EN = page("https://www.canada.ca/pension-guidance", "www.canada.ca",
            "Draft pension guidance", "2022-01-20", "en",
            "This draft explains pension contributions for employers. Workers can retire at 65.", List.of());
    static final Page HTML_EN = page("https://www.canada.ca/security-notice", "www.canada.ca", "Security notice",
            "2021-06-01", "en",
            "Beware of phishing pages containing <script>alert(1)</script> in fake pension notices. Report them.",
            List.of());
    static final Page AGEING_ZH = page("https://www.mca.gov.cn/n1/laoling.html", "www.mca.gov.cn",
            "国家老龄办召开全国老龄工作会议", "2024-07-01", "zh",
            "国家老龄办今天召开全国老龄工作会议。会议部署了下一阶段的重点任务。民政部负责同志出席会议。", List.of());
    static final Page REFORM_RU = page("https://government.ru/news/reforma", "government.ru",
            "Правительство утвердило пенсионную реформу", "2024-02-02", "ru",
            "Правительство утвердило новую пенсионную реформу. Пенсии будут проиндексированы с января.", List.of());
    static final Page PENSION_DE = page("https://www.bundesregierung.de/rentenreform", "www.bundesregierung.de",
            "Rentenreform beschlossen", "2024-05-11", "de",
            "Die Bundesregierung hat die Rentenreform beschlossen. Die Renten steigen im Juli.",
            List.of(new Page.Alternate("en", "https://www.gov.uk/news/pension-reform")));
    static final Page PENSION_JA = page("https://www.kantei.go.jp/nenkin", "www.kantei.go.jp", "年金制度改革について",
            "2023-11-11", "ja", "政府は年金制度の改革を発表しました。高齢者の生活を支えます。", List.of());

    static final List<Page> ALL = List.of(PENSION_EN, BUDGET_EN, DRAFT_EN, HTML_EN, AGEING_ZH, REFORM_RU,
            PENSION_DE, PENSION_JA);
    /** Another URL serving exactly {@link #PENSION_EN}'s text. */
    static final String PENSION_EN_ALIAS = "https://www.gov.uk/government/news/pension-reform";
    /** The page the fixture marks as gone from its site, and when. */
    static final Page REMOVED = DRAFT_EN;
    static final String REMOVED_AT = "2024-12-01T00:00:00Z";

    private Fixtures() {}

    private static Page page(String url, String site, String title, String published, String language, String text,
            List<Page.Alternate> alternates) {
        Instant date = Instant.parse(published + "T09:00:00Z");
        return new Page(url, site, title, date, language, text, CRAWLED, null, alternates);
    }

    /** Creates {@code <alias>-v1} from the pages definition, points the alias at it and indexes {@link #ALL}. */
    static void index(TestElasticsearch es) throws IOException {
        index(es, ALL.stream().map(Fixtures::source).toList());
    }

    /**
     * Creates {@code <alias>-v1} from the pages definition, points the alias at it and indexes the sources (as
     * {@link PageDocument#source} makes them, perhaps with fields the indexer adds), each under the id of its URL.
     */
    static void index(TestElasticsearch es, List<Map<String, Object>> sources) throws IOException {
        String concrete = es.index() + "-v1";
        es.client().indices().create(c -> c.index(concrete)
                .withJson(new StringReader(PagesIndex.definition())));
        es.client().indices().putAlias(a -> a.index(concrete).name(es.index()));
        List<BulkOperation> ops = sources.stream().map(s -> BulkOperation.of(b -> b.index(i -> i
                .id(PageDocument.id((String) s.get(PageDocument.URL))).document(s)))).toList();
        BulkResponse response = es.client().bulk(b -> b.index(concrete).refresh(Refresh.True).operations(ops));
        response.items().forEach(item -> {
            if (item.error() != null) {
                throw new IllegalStateException("indexing " + item.id() + " failed: " + item.error().reason());
            }
        });
    }

    /** As the indexer writes a page: its own near-duplicate group, its URLs and the removal date if removed. */
    private static Map<String, Object> source(Page page) {
        Map<String, Object> source = PageDocument.source(page);
        source.put(PageDocument.REMOVED, page == REMOVED);
        source.put(PageDocument.DUPLICATE_GROUP, id(page));
        if (page == REMOVED) {
            source.put(PageDocument.REMOVED_AT, REMOVED_AT);
        }
        if (page == PENSION_EN) {
            source.put(PageDocument.URLS, List.of(page.url(), PENSION_EN_ALIAS));
            source.put(PageDocument.URL_IDS, List.of(id(page), PageDocument.id(PENSION_EN_ALIAS)));
        }
        return source;
    }

    /** A page dated {@code published} at 09:00 UTC. */
    static Page page(String url, String site, String title, String published, String language, String text) {
        return page(url, site, title, published, language, text, List.of());
    }

    static String id(Page page) {
        return PageDocument.id(page.url());
    }
}
