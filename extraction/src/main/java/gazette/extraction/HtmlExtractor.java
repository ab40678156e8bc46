package gazette.extraction;

import gazette.core.Extracted;
import gazette.core.Extractor;
import gazette.core.Fetched;
import gazette.extraction.charset.BinaryBody;
import gazette.extraction.charset.HtmlDecoder;
import gazette.extraction.date.DateFinder;
import gazette.extraction.lang.LanguageGuesser;
import gazette.extraction.meta.JsonLd;
import gazette.extraction.text.LanguageSwitcher;
import gazette.extraction.text.Links;
import gazette.extraction.text.MainText;
import gazette.extraction.title.TitleFinder;
import java.time.Instant;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Extracts title, publication date, language, main text, links, language versions and canonical URL from an HTML
 * body. Thread-safe and stateless; bad input (binary, malformed, empty) yields an empty result, never an exception.
 */
public final class HtmlExtractor implements Extractor {
    private static final Evaluator HTML = QueryParser.parse("html");
    private static final Evaluator LANGUAGE_META = QueryParser.parse(
            "meta[http-equiv=content-language], meta[name=language]");

    @Override
    public Extracted extract(Fetched fetched) {
        if (BinaryBody.kind(fetched.body()).isPresent()) {
            return empty(); // an image or other binary labelled text/html: no text to find in it
        }
        try {
            String html = HtmlDecoder.decode(fetched.body(), fetched.contentType()).text();
            return extract(Jsoup.parse(html, fetched.url().toString()), fetched.contentLanguage());
        } catch (RuntimeException | StackOverflowError e) {
            // Contract: never throw on bad input; a page we cannot read has nothing to index.
            return empty();
        }
    }

    private static Extracted empty() {
        return new Extracted("", null, null, "", List.of(), List.of(), null);
    }

    private static Extracted extract(Document doc, String contentLanguage) {
        JsonLd jsonLd = JsonLd.of(doc);
        List<String> links = Links.of(doc);
        List<Element> switchers = LanguageSwitcher.findAll(doc.body() == null ? doc : doc.body());
        var alternates = Links.alternates(doc, switchers);
        String canonical = Links.canonical(doc);
        String declared = declaredLanguage(doc, contentLanguage);
        String title = TitleFinder.find(doc, jsonLd);
        Instant published = DateFinder.find(doc, jsonLd, title, declared);
        String text = MainText.of(doc, title, switchers);
        String articleBody = jsonLd.first("articleBody").orElse("");
        if (articleBody.length() > 2 * text.length() + 200) {
            text = articleBody.strip().replaceAll("\\s*\\n\\s*", "\n\n");
        }
        String language = LanguageGuesser.guess(text.isEmpty() ? title : title + "\n" + text, declared);
        return new Extracted(title, published, language, text, links, alternates, canonical);
    }

    private static String declaredLanguage(Document doc, String contentLanguage) {
        Element html = doc.selectFirst(HTML);
        String lang = html == null ? "" : html.attr("lang");
        if (lang.isBlank()) {
            var meta = doc.selectFirst(LANGUAGE_META);
            lang = meta == null ? "" : meta.attr("content");
        }
        return lang.isBlank() && contentLanguage != null ? contentLanguage : lang;
    }
}
