package gazette.crawler;

import gazette.core.Extracted;
import gazette.core.Extractor;
import gazette.core.Fetched;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Just enough extraction for crawler tests: UTF-8 only, title, body text, links without fragments, canonical. */
final class TestExtractor implements Extractor {
    @Override
    public Extracted extract(Fetched fetched) {
        Document doc = Jsoup.parse(new String(fetched.body(), StandardCharsets.UTF_8), fetched.url().toString());
        LinkedHashSet<String> links = new LinkedHashSet<>();
        doc.select("a[href]").forEach(a -> links.add(a.absUrl("href").replaceFirst("#.*$", "")));
        links.removeIf(l -> !l.startsWith("http"));
        String canonical = doc.select("link[rel=canonical]").attr("href");
        return new Extracted(doc.title(), null, doc.select("html").attr("lang"), doc.body().text(),
                List.copyOf(links), List.of(), canonical.isEmpty() ? null : canonical);
    }
}
