package gazette.extraction.title;

import static org.assertj.core.api.Assertions.assertThat;

import gazette.extraction.meta.JsonLd;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** How the site's name, its logo and its section names are told apart from the page's title. */
class TitleFinderSiteTest {

    @ParameterizedTest(name = "base {0}")
    @ValueSource(strings = {"", "file:/srv/pages/story.html"})
    void headingLinkingToTheRootIsTheLogoWhateverTheBase(String base) {
        Document doc = Jsoup.parse("""
                <title>A story about rivers - Chapter 1 - Example Archive</title>
                <body><h1><a href="/"><span>Example Archive</span> <sup>beta</sup></a></h1>
                <p>x</p></body>""", base);
        assertThat(TitleFinder.find(doc, JsonLd.of(doc))).isEqualTo("A story about rivers");
    }

    @Test
    void mainHeadingBeatsTheSubheadingWhenTheTitleNamesTheSite() {
        Document doc = Jsoup.parse("""
                <title>Rivers of the north - How glaciers shaped the valleys of the region : rivers.example</title>
                <body><h1>Rivers of the north</h1><h2>How glaciers shaped the valleys of the region</h2>
                <p>x</p></body>""", "https://rivers.example/reviews/north");
        assertThat(TitleFinder.find(doc, JsonLd.of(doc))).isEqualTo("Rivers of the north");
    }

    @Test
    void partSpelledByTheHostIsTheSiteName() {
        Document doc = Jsoup.parse("""
                <title>Budget • Tax • Pensions | Northland Revenue Office</title><body><p>x</p></body>""",
                "https://www.nro.example/");
        assertThat(TitleFinder.find(doc, JsonLd.of(doc))).isEqualTo("Budget • Tax • Pensions");
    }

    @Test
    void separatorLeftDanglingIsDropped() {
        Document doc = Jsoup.parse("<title>Northern Ferry Enquiries -</title><body><p>x</p></body>");
        assertThat(TitleFinder.find(doc, JsonLd.of(doc))).isEqualTo("Northern Ferry Enquiries");
    }

    @Test
    void sectionNameAboveTheArticleIsNotTheTitle() {
        Document doc = Jsoup.parse("""
                <meta property="og:title" content="Water quality improves in the northern lakes">
                <title>News - Lakelab</title>
                <body><h1>News</h1><p>x</p></body>""", "https://www.lakelab.example/news/water-quality");
        assertThat(TitleFinder.find(doc, JsonLd.of(doc))).isEqualTo("Water quality improves in the northern lakes");
    }

    @Test
    void oneWordHeadingThatTheDeclaredTitleNamesIsKept() {
        Document doc = Jsoup.parse("""
                <meta property="og:title" content="Batteriespeicher">
                <title>Batteriespeicher für Ihr Zuhause | Sonnenhaus</title>
                <body><h1>Batteriespeicher</h1><p>x</p></body>""");
        assertThat(TitleFinder.find(doc, JsonLd.of(doc))).isEqualTo("Batteriespeicher");
    }
}
