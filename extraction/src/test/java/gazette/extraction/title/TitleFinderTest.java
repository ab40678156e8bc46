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

    @Test
    void headingThatOnlyLinksToTheFrontPageIsTheSiteNotTheTitle() {
        Document doc = Jsoup.parse("""
                <title>Crime Shelf » Archive » The quietest witness in town</title>
                <body><h1><a href="https://crimeshelf.example/">Crime Shelf</a></h1>
                <h2>The quietest witness in town</h2><p>x</p></body>""", "https://crimeshelf.example/2019/witness/");
        assertThat(TitleFinder.find(doc, JsonLd.of(doc))).isEqualTo("The quietest witness in town");
    }

    @Test
    void hostNameAndTaglineAreCutOffTheTitle() {
        Document doc = Jsoup.parse("""
                <title>The second record : Radiosoul | Music since 2005 | Year six</title><body><p>x</p></body>""",
                "https://www.radiosoul.example/second-record/");
        assertThat(TitleFinder.find(doc, JsonLd.of(doc))).isEqualTo("The second record");
    }

    @Test
    void mainHeadingConfirmedInOtherWordsWins() {
        Document doc = Jsoup.parse("""
                <title>Mailaktion an den Bundestag</title>
                <body><h1>Mail-Aktion an den Deutschen Bundestag</h1><p>x</p></body>""");
        assertThat(TitleFinder.find(doc, JsonLd.of(doc))).isEqualTo("Mail-Aktion an den Deutschen Bundestag");
    }

    @Test
    void kickerSetApartInTheHeadingIsDropped() {
        Document doc = Jsoup.parse("""
                <meta property="og:title" content="Supplier data leaked - Internal papers online">
                <body><h1><span class="topline">Internal papers online</span>
                <span class="headline">Supplier data leaked</span></h1><p>x</p></body>""");
        assertThat(TitleFinder.find(doc, JsonLd.of(doc))).isEqualTo("Supplier data leaked");
    }

    @Test
    void declaredTitleBeatsAHeadingThatOnlySharesAWord() {
        Document doc = Jsoup.parse("""
                <meta property="og:title" content="Blasius blessing: protection against sore throats">
                <body><h1>Radio piece on the blessing</h1><p>x</p></body>""");
        assertThat(TitleFinder.find(doc, JsonLd.of(doc)))
                .isEqualTo("Blasius blessing: protection against sore throats");
    }

    @Test
    void applicationNameRepeatingTheTitleDoesNotHideTheHeading() {
        Document doc = Jsoup.parse("""
                <meta name="application-name" content="Fishing show in Rostock in May - ANGLER">
                <meta property="og:title" content="Fishing show in Rostock in May - ANGLER">
                <meta property="og:site_name" content="ANGLER">
                <body><h1>Fishing show in Rostock in May</h1><p>x</p></body>""");
        assertThat(TitleFinder.find(doc, JsonLd.of(doc))).isEqualTo("Fishing show in Rostock in May");
    }

    @Test
    void dublinCoreTitleInASpaceSeparatedPropertyIsRead() {
        Document doc = Jsoup.parse("""
                <meta property="x:title dc:title" content="Preferred title"><title>Title element</title>
                <body><h1>Test document heading</h1><p>x</p></body>""");
        assertThat(TitleFinder.find(doc, JsonLd.of(doc))).isEqualTo("Preferred title");
    }
}
