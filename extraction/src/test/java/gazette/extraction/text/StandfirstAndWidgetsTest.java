package gazette.extraction.text;

import static org.assertj.core.api.Assertions.assertThat;

import gazette.core.Extracted;
import gazette.core.Fetched;
import gazette.extraction.HtmlExtractor;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StandfirstAndWidgetsTest {
    private static final String BODY = "<div class=body><p>The council met on Monday evening and discussed the "
            + "plan for the new library, which will open next year in the old railway station.</p>"
            + "<p>Members agreed that the reading rooms, the archive and the children's floor should be finished "
            + "first, and that the café can wait.</p><p>The mayor said the costs stay within the budget approved "
            + "in spring, and the works start in June.</p></div>";

    private final HtmlExtractor extractor = new HtmlExtractor();

    @Test
    void standfirstInThePageHeaderBeforeTheBodyIsKept() {
        Extracted e = extract("<header class=page-head><div class=wrap><p class=kicker>City</p>"
                + "<h1>Library plan approved</h1><div class=lead-box><p>The new library will open next year in the "
                + "old railway station. The council approved the plan on Monday, and the works start soon.</p>"
                + "</div><div class=meta>12.05.2024 – by Jane Doe</div></div></header>"
                + "<div class=share><a href=/s>Share</a></div><main><article>" + BODY + "</article></main>");
        assertThat(e.title()).isEqualTo("Library plan approved");
        assertThat(e.text()).startsWith("The new library will open next year in the old railway station.")
                .contains("The council met on Monday evening").doesNotContain("12.05.2024", "City", "Share");
    }

    @Test
    void proseAfterTheArticleIsNotTakenForAStandfirst() {
        Extracted e = extract("<main><article><h1>Library plan approved</h1>" + BODY + "</article></main>"
                + "<div class=teaser><h3>Library plan approved</h3><p>Read the mayor's speech to the council in "
                + "full, with the figures for every floor, the archive and the café.</p></div>");
        assertThat(e.text()).startsWith("The council met on Monday evening").doesNotContain("Read the mayor");
    }

    @Test
    void authorBoxAndAffiliateNoticeAreDropped() {
        Extracted e = extract("<main><article><h1>Library plan approved</h1><div class=alice-affiliate-info>For "
                + "links on this page we may receive a commission from the seller, marked with an asterisk. More "
                + "information.</div>" + BODY + "<div class=cbx-Author_Position>Editor for the city desk, "
                + "writing about schools, libraries, transport and the budget since 2015.</div></article></main>");
        assertThat(e.text()).startsWith("The council met on Monday evening").endsWith("the works start in June.")
                .doesNotContain("commission", "Editor for the city desk");
    }

    @Test
    void widgetLinesHoldingACallToActionAreDropped() {
        Extracted e = extract("<main><article><h1>Library plan approved</h1>" + BODY
                + "<p>Was this article helpful?<br>(95 votes: 4.7 of 5)</p>"
                + "<p>Comments feed | Comments are closed | Trackback URL</p></article></main>");
        assertThat(e.text()).endsWith("the works start in June.").doesNotContain("helpful", "Trackback");
    }

    private Extracted extract(String body) {
        String html = "<html lang=en><head><title>Library plan approved</title></head><body>" + body
                + "</body></html>";
        return extractor.extract(new Fetched(URI.create("https://city.example/news/library.html"),
                html.getBytes(StandardCharsets.UTF_8), null, null));
    }
}
