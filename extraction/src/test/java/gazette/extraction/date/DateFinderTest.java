package gazette.extraction.date;

import static org.assertj.core.api.Assertions.assertThat;

import gazette.extraction.meta.JsonLd;
import java.time.Instant;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DateFinderTest {

    @ParameterizedTest(name = "{0} [{1}] -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2024-09-12                          | en    | 2024-09-12T00:00:00Z
            Published: 2024/9/12                | zh    | 2024-09-12T00:00:00Z
            12.09.2024                          | de    | 2024-09-12T00:00:00Z
            12.09.24                            | de    | 2024-09-12T00:00:00Z
            09/12/2024                          | en-US | 2024-09-12T00:00:00Z
            12/09/2024                          | en-GB | 2024-09-12T00:00:00Z
            12/09/2024                          | fr    | 2024-09-12T00:00:00Z
            25/09/2024                          | en-US | 2024-09-25T00:00:00Z
            12 September 2024                   | en    | 2024-09-12T00:00:00Z
            September 12, 2024                  | en    | 2024-09-12T00:00:00Z
            Sept. 12th, 2024                    | en    | 2024-09-12T00:00:00Z
            2024年9月12日                        | zh    | 2024-09-12T00:00:00Z
            发布时间：2024年09月12日 10:30         | zh    | 2024-09-12T10:30:00Z
            2024년 9월 12일                      | ko    | 2024-09-12T00:00:00Z
            12 сентября 2024 г.                 | ru    | 2024-09-12T00:00:00Z
            le 12 septembre 2024 à 14h05        | fr    | 2024-09-12T14:05:00Z
            12. September 2024                  | de    | 2024-09-12T00:00:00Z
            12 de septiembre de 2024            | es    | 2024-09-12T00:00:00Z
            12 settembre 2024                   | it    | 2024-09-12T00:00:00Z
            12 de setembro de 2024              | pt    | 2024-09-12T00:00:00Z
            12 września 2024                    | pl    | 2024-09-12T00:00:00Z
            12 Σεπτεμβρίου 2024                 | el    | 2024-09-12T00:00:00Z
            12 syyskuuta 2024                   | fi    | 2024-09-12T00:00:00Z
            12 September 2024, 3:45 pm          | en    | 2024-09-12T15:45:00Z
            18 أبريل 2023                       | ar    | 2023-04-18T00:00:00Z
            12 सितंबर 2024                      | hi    | 2024-09-12T00:00:00Z
            11 มีนาคม 2025                      | th    | 2025-03-11T00:00:00Z
            11 มีนาคม 2568                      | th    | 2025-03-11T00:00:00Z
            """)
    void readsDateLinesInManyFormatsAndLanguages(String line, String lang, String expected) {
        Document doc = Jsoup.parse("<html lang='" + lang + "'><body><h1>Minister visits school</h1><p>" + line
                + "</p><p>The minister visited the school.</p></body></html>");
        assertThat(find(doc, lang)).isEqualTo(Instant.parse(expected));
    }

    @Test
    void prefersJsonLdThenMetaOverText() {
        Document doc = Jsoup.parse("""
                <head><meta property="article:published_time" content="2024-09-10T08:00:00+08:00">
                <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-09-11"}</script>
                </head><body><h1>T</h1><p>2024-09-12</p></body>""");
        assertThat(find(doc, "en")).isEqualTo(Instant.parse("2024-09-11T00:00:00Z"));
        doc.select("script").remove();
        // the page's wall clock, read as UTC like dates in text, so the day stays the one the page states
        assertThat(find(doc, "en")).isEqualTo(Instant.parse("2024-09-10T08:00:00Z"));
    }

    @Test
    void readsJsonLdFromAnUntypedScriptOnlyWhenItIsSchemaOrg() {
        Document doc = Jsoup.parse("""
                <head><script>{"@context": "https://schema.org", "@type": "NewsArticle",
                "datePublished": "2021-03-04"}</script>
                <script>var config = {"datePublished": "1999-01-01"};</script></head>
                <body><h1>T</h1><p>Text.</p></body>""");
        assertThat(find(doc, "en")).isEqualTo(Instant.parse("2021-03-04T00:00:00Z"));
        doc.select("script").first().remove();
        assertThat(find(doc, "en")).isNull();
    }

    @Test
    void ignoresCopyrightYearAndRelatedList() {
        Document doc = Jsoup.parse("""
                <body><h1>Notice on pensions</h1><p>The ministry issued a notice.</p>
                <div class="related"><ul><li><a href="/a">Older story</a> 2024-08-01</li>
                <li><a href="/b">Another</a> 2024-07-01</li><li><a href="/c">Third</a> 2024-06-01</li></ul></div>
                <footer><p>© 2024-01-01 Ministry. All rights reserved.</p></footer></body>""");
        assertThat(find(doc, "en")).isNull();
    }

    @Test
    void postTaxonomyClassesDoNotHideTheDateLine() {
        Document doc = Jsoup.parse("""
                <body><article class="post hentry tag-next-steps category-other"><header><h1>Winter running</h1>
                <div class="entry-meta">10. Februar 2019</div></header><p>Running in the dark.</p></article>
                <aside><ul><li><a href="/a">Older</a> 3. Januar 2020</li></ul></aside></body>""");
        assertThat(find(doc, "de")).isEqualTo(Instant.parse("2019-02-10T00:00:00Z"));
    }

    @Test
    void declaredDateKeepsThePagesOwnDay() {
        Document doc = Jsoup.parse("""
                <head><meta property="article:published_time" content="2019-01-01T00:30:00+01:00"></head>
                <body><h1>New year</h1></body>""");
        assertThat(find(doc, "de")).isEqualTo(Instant.parse("2019-01-01T00:30:00Z"));
    }

    @Test
    void picksTheDateNearestTheTitle() {
        Document doc = Jsoup.parse("""
                <body><p>Today is 2024-10-01</p><div><a href="/">Home</a></div><p>Section</p><p>News</p>
                <h1>Meeting held</h1><p>2024-09-12</p><p>The meeting on 2024-09-11 was held.</p></body>""");
        assertThat(find(doc, "en")).isEqualTo(Instant.parse("2024-09-12T00:00:00Z"));
    }

    @Test
    void fallsBackToADateInTheUrl() {
        Document doc = Jsoup.parse("<body><h1>Meeting</h1><p>No date here.</p></body>",
                "https://www.example.gov.cn/xw/202409/t20240912_123.html");
        assertThat(find(doc, "zh")).isEqualTo(Instant.parse("2024-09-12T00:00:00Z"));
    }

    @Test
    void rejectsImpossibleDates() {
        Document doc = Jsoup.parse("<body><h1>T</h1><p>2024-13-45 and 31.02.2024</p></body>");
        assertThat(find(doc, "en")).isNull();
    }

    private static Instant find(Document doc, String lang) {
        return DateFinder.find(doc, JsonLd.of(doc), "", lang);
    }
}
