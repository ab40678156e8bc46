package gazette.extraction.text;

import static org.assertj.core.api.Assertions.assertThat;

import gazette.core.Page;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class LanguageSwitcherTest {

    @Test
    void loneLanguageToggleLinkIsASwitcher() {
        Document doc = Jsoup.parse("<body><div class=top><a href='/'>首页</a><span class=lang>"
                + "<a href='/en/index.html'>English</a></span></div><p>正文。</p></body>", "https://gov.example/zh/");
        assertThat(LanguageSwitcher.findAll(doc.body())).extracting(e -> e.text()).containsExactly("English");
        assertThat(LanguageSwitcher.alternates(LanguageSwitcher.findAll(doc.body()).getFirst()))
                .containsExactly(new Page.Alternate("en", "https://gov.example/en/index.html"));
    }

    @Test
    void languageNameLinkInsideASentenceIsText() {
        Document doc = Jsoup.parse("<body><p>This notice is also available in <a href='/zh/'>中文</a>.</p>"
                + "<div><a href='/x'>EN</a></div><div><a href='/news/'>News</a></div></body>");
        assertThat(LanguageSwitcher.findAll(doc.body())).isEmpty();
    }

    @Test
    void codeLinksPaddedWithTemplateWhitespaceAreASwitcher() {
        String pad = "\n" + " ".repeat(60);
        Document doc = Jsoup.parse("<body><ul class=menu><li><a href='/de/' lang=de>" + pad + "de" + pad + "</a></li>"
                + "<li><a href='/en/' lang=en>" + pad + "en" + pad + "</a></li><li><a href='/pl/' lang=pl>" + pad
                + "pl" + pad + "</a></li></ul><p>" + "Die Prämie wird verlängert. ".repeat(20) + "</p></body>",
                "https://land.example/de/");
        assertThat(LanguageSwitcher.findAll(doc.body())).extracting(e -> e.normalName()).containsExactly("ul");
        assertThat(Links.alternates(doc)).extracting(Page.Alternate::language).containsExactly("de", "en", "pl");
    }
}
