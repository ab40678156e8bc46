package gazette.extraction.text;

import static org.assertj.core.api.Assertions.assertThat;

import gazette.core.Extracted;
import gazette.core.Fetched;
import gazette.core.Page;
import gazette.extraction.HtmlExtractor;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class MainTextTest {
    private final HtmlExtractor extractor = new HtmlExtractor();

    @Test
    void ministryPageKeepsTheBodyAndDropsTheLanguageSwitcher() throws IOException {
        Extracted e = extract("/pages/ministry-news-en.html", "https://www.example.gov.cn/en/news/2024/0912/meeting.html");
        assertThat(e.title()).isEqualTo("National Aging Office Directors' Meeting Held in Beijing");
        assertThat(e.published()).isEqualTo(Instant.parse("2024-09-12T00:00:00Z"));
        assertThat(e.language()).isEqualTo("en");
        assertThat(e.text()).startsWith("On September 11, the National Aging Office Directors' Meeting was held in "
                + "Beijing.");
        assertThat(e.text()).endsWith("made speeches at the meeting.");
        assertThat(e.text().split("\n\n")).hasSize(5);
        assertThat(e.text()).doesNotContain("Русский", "한어", "Français", "日本語", "Latina", "Suomalainen",
                "Home", "Share", "Related News", "Copyright", "Minister meets");
    }

    @Test
    void runTogetherSwitcherTextAsTheSeedPageShowsItIsDropped() {
        String html = "<html lang=en><body><p>News</p><h1>Meeting held in Beijing</h1><p>2024-09-12</p>"
                + "<p>한어Русский языкEnglishFrançaisIndonesianSanskrit日本語DeutschPortuguêsΕλληνικάespañol"
                + "ItalianoSuomalainenLatina</p><div><p>On September 11, the meeting was held in Beijing, and the "
                + "directors discussed the work of the year, the reform of the committees and the plans.</p>"
                + "<p>Lu Zhiyuan attended the meeting and delivered a speech on the tasks of the coming year.</p>"
                + "</div></body></html>";
        Extracted e = extractor.extract(new Fetched(URI.create("https://www.example.gov.cn/en/n.html"),
                html.getBytes(java.nio.charset.StandardCharsets.UTF_8), null, null));
        assertThat(e.text()).startsWith("On September 11, the meeting was held in Beijing")
                .doesNotContain("Русский", "English", "Latina");
        assertThat(e.language()).isEqualTo("en");
    }

    @Test
    void bodyOnlyInsideNoscriptIsExtracted() {
        String html = "<html lang=en><body><div id=app></div><noscript><h1>Budget approved</h1><p>The council "
                + "approved the budget for the coming year after a long debate on schools, roads and the new "
                + "library.</p><p>The vote was twelve to three, and the mayor thanked the members for their "
                + "work on the plan over the past six months.</p></noscript><script>boot()</script></body></html>";
        Extracted e = extractor.extract(new Fetched(URI.create("https://city.example/budget.html"),
                html.getBytes(java.nio.charset.StandardCharsets.UTF_8), null, null));
        assertThat(e.text()).startsWith("The council approved the budget for the coming year")
                .endsWith("over the past six months.");
    }

    @Test
    void noscriptFallbackBesideARealBodyIsDropped() {
        String html = "<html lang=en><body><h1>Budget approved</h1><p>The council approved the budget for the "
                + "coming year after a long debate on schools, roads and the new library in the old town.</p>"
                + "<p>The vote was twelve to three, and the mayor thanked the members for their work on the plan "
                + "over the past six months, promising quarterly reports.</p><p>Construction starts in spring "
                + "and the first new classrooms should open before the next school year begins.</p>"
                + "<noscript><p>Please enable JavaScript to view the comments.</p></noscript></body></html>";
        Extracted e = extractor.extract(new Fetched(URI.create("https://city.example/budget.html"),
                html.getBytes(java.nio.charset.StandardCharsets.UTF_8), null, null));
        assertThat(e.text()).doesNotContain("enable JavaScript").endsWith("school year begins.");
    }

    @Test
    void closingCallsToActionAreDropped() {
        String html = "<html lang=de><body><article><h1>Neue Radwege</h1><p>Die Stadt baut in diesem Jahr zwölf "
                + "Kilometer neue Radwege entlang der Hauptstraßen und verbindet damit die Vororte mit der Mitte.</p>"
                + "<p>Die Arbeiten beginnen im April und sollen bis zum Herbst abgeschlossen sein, teilte das Amt "
                + "mit.</p><div class=box><p>Möchten Sie den Artikel teilen?</p></div><div class=info>"
                + "<p>War dieser Artikel hilfreich?</p><p>Kommentare geschlossen.</p></div></article></body></html>";
        Extracted e = extractor.extract(new Fetched(URI.create("https://stadt.example/radwege.html"),
                html.getBytes(java.nio.charset.StandardCharsets.UTF_8), null, null));
        assertThat(e.text()).endsWith("teilte das Amt mit.").doesNotContain("teilen", "hilfreich", "Kommentare");
    }

    @Test
    void ministryPageLinksAlternatesAndCanonical() throws IOException {
        Extracted e = extract("/pages/ministry-news-en.html", "https://www.example.gov.cn/en/news/2024/0912/meeting.html");
        assertThat(e.canonical()).isEqualTo("https://www.example.gov.cn/en/news/2024/0912/meeting.html");
        assertThat(e.alternates()).startsWith(
                new Page.Alternate("zh", "https://www.example.gov.cn/zh/news/2024/0912/meeting.html"),
                new Page.Alternate("ko", "https://www.example.gov.cn/ko/"),
                new Page.Alternate("ru", "https://www.example.gov.cn/ru/"));
        assertThat(e.alternates()).contains(new Page.Alternate("fr", "https://www.example.gov.cn/fr/"));
        assertThat(e.links()).startsWith("https://www.example.gov.cn/en/", "https://www.example.gov.cn/en/news/")
                .doesNotHaveDuplicates().contains("https://weibo.example.com/share");
    }

    @Test
    void gbkMinistryPageLabelledGb2312() throws IOException {
        Extracted e = extract("/pages/ministry-news-zh-gbk.html", "https://www.example.gov.cn/xw/2024/0912/a.html");
        assertThat(e.title()).isEqualTo("民政部召开全国老龄办主任会议");
        assertThat(e.published()).isEqualTo(Instant.parse("2024-09-12T10:30:00Z"));
        assertThat(e.language()).isEqualTo("zh");
        assertThat(e.text()).startsWith("9月11日，全国老龄办主任会议在北京召开。")
                .contains("朱镕基同志")
                .doesNotContain("English", "Русский", "首页", "版权所有", "代表团");
    }

    @Test
    void chineseNewsPageFromCwced() throws IOException {
        Extracted e = extract("/datasets/cwced-zh-sohu-gbk.html", "http://business.sohu.com/20041021/n222611364.shtml");
        assertThat(e.title()).isEqualTo("民间资本成投资活动的主体 民间资本路在何方");
        assertThat(e.published()).isEqualTo(Instant.parse("2004-10-21T14:18:00Z"));
        assertThat(e.language()).isEqualTo("zh");
        assertThat(e.text()).startsWith("伴随着国务院《关于投资体制改革的决定》出台，确立了民间资本成为投资活动的主体之一。");
    }

    @Test
    void frenchNewsPageFromReadability() throws IOException {
        Extracted e = extract("/datasets/readability-liberation-1.html", "http://www.liberation.fr/");
        assertThat(e.title()).isEqualTo("Un troisième Français mort dans le séisme au Népal");
        assertThat(e.published()).isEqualTo(Instant.parse("2015-04-30T07:19:58Z"));
        assertThat(e.language()).isEqualTo("fr");
        assertThat(e.text()).startsWith("Un troisième Français a été tué dans le tremblement de terre samedi au "
                + "Népal, emporté par une avalanche, a déclaré jeudi le ministre des Affaires étrangères.");
    }

    @Test
    void englishArticleFromAeb() throws IOException {
        Extracted e = extract("/datasets/aeb-sciencealert-europa.html.gz", "https://www.sciencealert.com/nasa-finds-"
                + "water-plumes-above-the-surface-of-jupiter-s-icy-moon-europa");
        assertThat(e.title()).isEqualTo("NASA Just Confirmed There Are Water Plumes Above The Surface of Jupiter's "
                + "Moon Europa");
        assertThat(e.published()).isEqualTo(Instant.parse("2019-11-18T00:00:00Z"));
        assertThat(e.language()).isEqualTo("en");
        assertThat(e.text()).startsWith("A team led by researchers out of NASA's Goddard Space Flight Center in "
                + "Greenbelt, Maryland, has confirmed traces of water vapor above the surface of Jupiter's icy moon "
                + "Europa.");
    }

    @Test
    void sidebarLongerThanAShortPostIsDropped() {
        String post = "<p>The council opened the new library on Monday, with room for twelve thousand books, a "
                + "reading garden and a hall for the schools of the district.</p>";
        String widget = "<p>Our programme: free buses, open data, more parks, lower fees, better schools, a new "
                + "harbour, safer streets, cleaner air and a council that listens to every district.</p>";
        String html = "<html lang=en><body><div id=wrapper><section id=content><article><h1>Library opens</h1>"
                + post.repeat(4) + "</article></section><section id=sidebar>" + widget.repeat(6) + "</section></div>"
                + "</body></html>";
        Extracted e = extractor.extract(new Fetched(URI.create("https://city.example/library.html"),
                html.getBytes(java.nio.charset.StandardCharsets.UTF_8), null, null));
        String paragraph = "The council opened the new library on Monday, with room for twelve thousand books, a "
                + "reading garden and a hall for the schools of the district.";
        assertThat(e.text()).isEqualTo(String.join("\n\n", paragraph, paragraph, paragraph, paragraph));
    }

    @Test
    void cookieBannerAndDanglingRelatedHeadingAreDropped() {
        String html = "<html lang=en><body><div id=fi-cookieconsent><div class=text><p>Cookies help us deliver our "
                + "services. By using them, you agree that we use cookies.</p></div></div><article><h1>Water "
                + "warning</h1><p>Traces of bacteria were found in the drinking water of the village, the municipality "
                + "said on Tuesday, and residents should boil water until further notice.</p><p>The source has been "
                + "closed and the pipes are being flushed, which should take about a week.</p><h3>Related "
                + "articles:</h3><ul><li><a href=/a>Pipes renewed</a></li><li><a href=/b>New well</a></li></ul>"
                + "</article></body></html>";
        Extracted e = extractor.extract(new Fetched(URI.create("https://village.example/water.html"),
                html.getBytes(java.nio.charset.StandardCharsets.UTF_8), null, null));
        assertThat(e.text()).startsWith("Traces of bacteria were found in the drinking water")
                .endsWith("which should take about a week.").doesNotContain("Cookies", "Related");
    }

    @Test
    void articleInSeparateTextModulesIsKeptWholeAndTheStockTickerIsDropped() throws IOException {
        Extracted e = extract("/pages/split-article-modules.html", "https://iconweekly.example/living-twice/");
        assertThat(e.title()).isEqualTo("Living twice: an interview");
        assertThat(e.text()).startsWith("When the last sentence of the memoir was written, she felt no relief at "
                + "first, only a quiet tiredness that lasted for weeks.");
        assertThat(e.text()).contains("Her father wanted her to become a lawyer")
                .endsWith("for now, she says, the studio is waiting for her every morning.");
        assertThat(e.text()).doesNotContain("ATX", "ANDRITZ", "Subscribe to our newsletter", "copyright");
    }

    @Test
    void articlePartsSeparatedByALinkBoxAreJoined() {
        String html = """
                <html lang="en"><head><title>Harbour plans</title></head><body><div class="page"><div class="story">
                <h1>Harbour plans</h1>
                <div class="module"><div class="text"><div class="text-inner"><p>The council approved the new \
                harbour plan on Tuesday, after two years of debate about the cost, the noise and the traffic.</p>
                <p>The plan moves the ferry terminal to the east pier, frees the old quay for a park, and adds a \
                cycle path along the water.</p><p>Work is to start next spring and to last three years, the mayor \
                said, with the park opening first, before the terminal.</p></div></div></div>
                <div class="module links"><ul><li><a href="/a">Ferry timetable for the summer season</a></li>
                <li><a href="/b">Parking near the old quay and the station</a></li>
                <li><a href="/c">Cycle routes in the harbour district and beyond</a></li></ul></div>
                <div class="module"><div class="text"><div class="text-inner"><p>Residents of the east side had \
                asked for a noise wall, and the plan now includes one, paid for by the ferry company.</p>
                <p>The opposition voted against, saying the cost of the cycle path had been left out of the budget \
                on purpose.</p></div></div></div>
                </div></div></body></html>""";
        Extracted e = extractor.extract(new Fetched(URI.create("https://city.example/harbour.html"),
                html.getBytes(java.nio.charset.StandardCharsets.UTF_8), null, null));
        assertThat(e.text()).startsWith("The council approved the new harbour plan on Tuesday")
                .endsWith("left out of the budget on purpose.")
                .doesNotContain("Ferry timetable", "Parking near");
    }

    private Extracted extract(String resource, String url) throws IOException {
        try (InputStream raw = getClass().getResourceAsStream(resource)) {
            InputStream in = resource.endsWith(".gz") ? new GZIPInputStream(raw) : raw;
            return extractor.extract(new Fetched(URI.create(url), in.readAllBytes(), null, null));
        }
    }
}
