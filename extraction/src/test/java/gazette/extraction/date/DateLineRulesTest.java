package gazette.extraction.date;

import static org.assertj.core.api.Assertions.assertThat;

import gazette.extraction.meta.JsonLd;
import java.time.Instant;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The rules that choose among the dates a page shows and declares; every page here is written for the test. */
class DateLineRulesTest {

    @Test
    void bylineBesideTheTitleCountsWhateverItsBoxIsCalled() {
        Document doc = Jsoup.parse("""
                <body><h1>Minister opens bridge</h1>
                <div class="teaser-small__metadata"><p class="byline">By Anna Berg on 21 April 2020</p></div>
                <p>The minister opened the bridge.</p>
                <div class="teaser"><ul><li><a href="/a">Other story</a> 3 May 2020</li></ul></div></body>""");
        assertThat(find(doc, "en-GB")).isEqualTo(Instant.parse("2020-04-21T00:00:00Z"));
    }

    @Test
    void aWidgetBoxHoldingTheTitleIsTheArticleNotASidebar() {
        Document doc = Jsoup.parse("""
                <body><div class="widget Blog" id="Blog1"><h2 class="date-header">Samstag, 5. Oktober 2013</h2>
                <h3 class="post-title">Ein Interview</h3><p>Heute ein Interview.</p></div>
                <div class="widget PopularPosts"><p>Beliebt: 3. November 2015</p></div></body>""");
        assertThat(find(doc, "de")).isEqualTo(Instant.parse("2013-10-05T00:00:00Z"));
    }

    @Test
    void readsTheTimeElementMarkedAsPublishedWhenTheTextShowsNoDate() {
        Document doc = Jsoup.parse("""
                <body><h1>Winterlauf</h1><div class="entry-meta">Veröffentlicht
                <time class="entry-date published" datetime="2019-02-10T09:30:10+01:00">vor drei Tagen</time>
                <time class="updated" datetime="2019-02-12T08:00:00+01:00">gestern</time></div>
                <p>Laufen im Dunkeln.</p></body>""");
        assertThat(find(doc, "de")).isEqualTo(Instant.parse("2019-02-10T09:30:10Z"));
    }

    @Test
    void readsDatesWhoseInlineElementsRunTogether() {
        Document doc = Jsoup.parse("""
                <body><div><span>Original Research</span><span>7 April 2020</span></div>
                <h1>Vaccination and hospital stays</h1><p>We studied older adults.</p></body>""");
        assertThat(find(doc, "en")).isEqualTo(Instant.parse("2020-04-07T00:00:00Z"));
    }

    @Test
    void aDeclaredUtcTimeIsShownOnThePagesClockBesideTheTitle() {
        Document doc = Jsoup.parse("""
                <head><script type="application/ld+json">{"@type":"NewsArticle",
                "datePublished":"2019-10-18T22:04:00Z"}</script></head>
                <body><h1>Krebskongress in Linz</h1><p>Von Claudia R. 19. Oktober 2019 00:04 Uhr</p></body>""");
        assertThat(find(doc, "de")).isEqualTo(Instant.parse("2019-10-19T00:04:00Z"));
    }

    @Test
    void aShownDateWithoutTimeNeverOverridesTheDeclaredOne() {
        Document doc = Jsoup.parse("""
                <head><meta property="article:published_time" content="2018-06-12T23:00:00.000Z"></head>
                <body><h1>Content depth</h1><p>On 6/13/2018 by the editor</p></body>""");
        assertThat(find(doc, "en")).isEqualTo(Instant.parse("2018-06-12T23:00:00Z"));
    }

    @Test
    void anUpdateLineNeverOverridesTheDeclaredPublication() {
        Document doc = Jsoup.parse("""
                <head><meta property="article:published_time" content="2017-12-15T08:50:02-05:00"></head>
                <body><h1>The best films of 2017</h1><p>Updated Dec 16, 2017, 1:50pm</p></body>""");
        assertThat(find(doc, "en")).isEqualTo(Instant.parse("2017-12-15T08:50:02Z"));
    }

    @Test
    void theUrlsDayWinsOverAUtcStampOnTheDayBeforeIt() {
        Document doc = Jsoup.parse("""
                <head><meta property="article:published_time" content="2018-12-31T23:11:59+00:00"></head>
                <body><h3>Ins neue Jahr</h3><p>Ein Blogeintrag.</p></body>""",
                "https://example.wordpress.com/2019/01/01/ins-neue-jahr/");
        assertThat(find(doc, "de")).isEqualTo(Instant.parse("2019-01-01T00:00:00Z"));
    }

    @Test
    void aGenericDateMetaYieldsToTheDateLineBesideTheTitle() {
        Document doc = Jsoup.parse("""
                <head><meta name="date" content="2020-02-12"><meta property="dcterms:created" content="2020-02-11">
                </head><body><div class="news-timedata">05.02.2020 - Redaktion</div><h1>Faire Lieferketten</h1>
                <p>Aktionen planen.</p></body>""");
        // each step removes the winner of the step before: date line, then dcterms.created, then the generic date
        String[][] steps = {{"", "2020-02-05"}, {"div", "2020-02-11"},
            {"meta[property=dcterms:created]", "2020-02-12"}};
        for (String[] step : steps) {
            if (!step[0].isEmpty()) {
                doc.selectFirst(step[0]).remove();
            }
            assertThat(find(doc, "de")).isEqualTo(Instant.parse(step[1] + "T00:00:00Z"));
        }
    }

    @Test
    void aDateInTheTitleCountsOnlyWhenNoneIsBesideIt() {
        Document doc = Jsoup.parse("""
                <body><h1>Ergebnisse Regionalmeisterschaft, 19.5.2007</h1>
                <p class="post-meta">von Marc | 20. Mai 2007 | Ergebnisse</p></body>""");
        assertThat(find(doc, "de")).isEqualTo(Instant.parse("2007-05-20T00:00:00Z"));
        doc.selectFirst("p").remove();
        assertThat(find(doc, "de")).isEqualTo(Instant.parse("2007-05-19T00:00:00Z"));
    }

    @Test
    void aSpanOfDaysInTheTitleGivesItsFirstDay() {
        Document doc = Jsoup.parse("<body><h1>Wochenbericht 14. - 20. Januar 2022</h1><p>Wenig Schnee.</p></body>");
        assertThat(find(doc, "de")).isEqualTo(Instant.parse("2022-01-14T00:00:00Z"));
    }

    @Test
    void aLongParagraphGivesOnlyTheDatelineThatOpensIt() {
        String rest = " Die Branche hatte die Nachteile des Gesetzes mehrfach und vehement kritisiert, doch die"
                + " Bundesregierung hielt an ihrem Entwurf fest und beschloss ihn ohne Änderungen.";
        Document opening = Jsoup.parse("<body><h1>Strompreisbremse</h1><p>29.11.2022 –" + rest + "</p></body>");
        assertThat(find(opening, "de")).isEqualTo(Instant.parse("2022-11-29T00:00:00Z"));
        Document inside = Jsoup.parse("<body><h1>Strompreisbremse</h1><p>Mit der am 15. Januar 2022 in Kraft"
                + " getretenen Verordnung gilt Neues." + rest + "</p></body>");
        assertThat(find(inside, "de")).isNull();
    }

    @Test
    void theEndOfARangeIsNotTheDateOfThePage() {
        Document doc = Jsoup.parse("""
                <body><div class="topline">06.12.2022</div><h1>Bürgerbeteiligung am Windpark</h1>
                <p>Zeichnung vom 9.1. -10.2.2023 möglich.</p></body>""");
        assertThat(find(doc, "de")).isEqualTo(Instant.parse("2022-12-06T00:00:00Z"));
    }

    @Test
    void aBlockListingManyDatesIsAnArchiveNotADateLine() {
        Document doc = Jsoup.parse("""
                <body><div>12/01/2004 - 01/01/2005<br>01/01/2005 - 02/01/2005<br>02/01/2005 - 03/01/2005</div>
                <div>Posted 2005-03-21 01:20:44</div><p>Trip to the gold mine.</p></body>""");
        assertThat(find(doc, "en")).isEqualTo(Instant.parse("2005-03-21T01:20:44Z"));
    }

    @Test
    void aPublishedLabelMakesTheDateThePagesOwnInAnyBox() {
        Document doc = Jsoup.parse("""
                <body><h1>Podcast: la voix des nuls</h1><p>Un documentaire sonore.</p><p>Deuxième partie.</p>
                <p>Troisième partie.</p><p>Quatrième partie.</p><p>Cinquième partie.</p><p>Fin.</p>
                <div class="sidebar"><p class="title">Mise en ligne</p><p class="content">23 mai 2019</p></div>
                <div class="sidebar"><p>Autre podcast, 12 mars 2019</p></div></body>""");
        assertThat(find(doc, "fr")).isEqualTo(Instant.parse("2019-05-23T00:00:00Z"));
    }

    @Test
    void theTitleIsAnchoredOnItsH1RatherThanAMenuRepeatingIt() {
        Document doc = Jsoup.parse("""
                <body><ul class="menu"><li><h3>Fashion show at the school</h3><span>12 October 2017</span></li>
                <li><a href="/b">B</a></li><li><a href="/c">C</a></li></ul><p>a</p><p>b</p><p>c</p><p>d</p>
                <p>e</p><p>f</p><p>g</p><h1>Fashion show at the school</h1><div>3 May 2022</div></body>""");
        assertThat(DateFinder.find(doc, JsonLd.of(doc), "Fashion show at the school", "en-GB"))
                .isEqualTo(Instant.parse("2022-05-03T00:00:00Z"));
    }

    @Test
    void readsADayFirstDateThatIsAWholeUrlSegment() {
        assertThat(DateFinder.fromUrl("https://example.org/meldungen/29-10-2021"))
                .contains(Instant.parse("2021-10-29T00:00:00Z"));
    }

    private static Instant find(Document doc, String lang) {
        return DateFinder.find(doc, JsonLd.of(doc), "", lang);
    }
}
