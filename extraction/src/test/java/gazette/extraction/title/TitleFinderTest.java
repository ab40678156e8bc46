package gazette.extraction.title;

import static org.assertj.core.api.Assertions.assertThat;

import gazette.extraction.meta.JsonLd;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TitleFinderTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            Meeting held in Beijing - Ministry of Civil Affairs   ; Meeting held in Beijing
            Ministry of Finance | Budget 2025 published for consultation  ; Budget 2025 published for consultation
            民政部召开全国老龄办主任会议_中华人民共和国民政部         ; 民政部召开全国老龄办主任会议
            民间资本成投资活动的主体 民间资本路在何方-搜狐财经        ; 民间资本成投资活动的主体 民间资本路在何方
            Press release :: New rules on road safety :: Gov.example ; New rules on road safety
            A title without any site name                         ; A title without any site name
            """)
    void cutsSiteNamesOffTheTitleTag(String title, String expected) {
        Document doc = Jsoup.parse("<title>" + title + "</title><body><p>x</p></body>");
        assertThat(TitleFinder.find(doc, JsonLd.of(doc))).isEqualTo(expected);
    }

    @Test
    void prefersTheMainHeadingWhenTheDeclaredTitleConfirmsIt() {
        Document doc = Jsoup.parse("""
                <title>Site | Annual report on the aging cause published</title>
                <body><h1>Annual report on the aging cause published</h1></body>""");
        assertThat(TitleFinder.find(doc, JsonLd.of(doc))).isEqualTo("Annual report on the aging cause published");
    }

    @Test
    void usesOgTitleWithoutSiteName() {
        Document doc = Jsoup.parse("""
                <meta property="og:title" content="New pension rules | Ministry of Labour">
                <meta property="og:site_name" content="Ministry of Labour">
                <title>Ministry of Labour</title><body><h1>Ministry of Labour</h1></body>""");
        assertThat(TitleFinder.find(doc, JsonLd.of(doc))).isEqualTo("New pension rules");
    }

    @Test
    void titleMadeOnlyOfSiteNamePartsIsKept() {
        Document doc = Jsoup.parse("""
                <meta property="og:title" content="ICON | ICON Magazin">
                <meta property="og:site_name" content="ICON Magazin">
                <body><p>x</p></body>""");
        assertThat(TitleFinder.find(doc, JsonLd.of(doc))).isEqualTo("ICON Magazin");
    }

    @Test
    void usesJsonLdHeadline() {
        Document doc = Jsoup.parse("""
                <script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","headline":"Floods: aid sent"}]}
                </script><body><p>x</p></body>""");
        assertThat(TitleFinder.find(doc, JsonLd.of(doc))).isEqualTo("Floods: aid sent");
    }

    @Test
    void emptyWhenThePageHasNoTitle() {
        Document doc = Jsoup.parse("<body><p>just text</p></body>");
        assertThat(TitleFinder.find(doc, JsonLd.of(doc))).isEmpty();
    }
}
