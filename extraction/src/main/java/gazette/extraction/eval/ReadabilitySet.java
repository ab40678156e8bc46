package gazette.extraction.eval;

import com.fasterxml.jackson.databind.JsonNode;
import gazette.core.Extracted;
import gazette.extraction.date.DeclaredDate;
import gazette.extraction.text.Block;
import gazette.extraction.text.BlockRenderer;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;

/** Readability's test pages: title, language and date accuracy, and shingle overlap with the expected article. */
final class ReadabilitySet extends DatasetRun {
    private final Accuracy titles = new Accuracy();
    private final Accuracy langs = new Accuracy();
    private final Accuracy dates = new Accuracy();
    private final Shingles text = new Shingles();

    ReadabilitySet(Path dir, boolean verbose, PrintStream out) {
        super(dir, verbose, out);
    }

    @Override
    void run() throws IOException {
        List<Path> pages;
        try (Stream<Path> dirs = Files.list(dir.resolve("pages"))) {
            pages = dirs.filter(p -> Files.exists(p.resolve("source.html"))).sorted().toList();
        }
        for (Path page : pages) {
            score(page, extract(page.resolve("source.html"), null));
        }
        out.println("readability: title " + titles + "  lang " + langs + "  date " + dates + "  text " + text.score()
                + "  (" + throughput() + ")");
    }

    private void score(Path page, Extracted e) throws IOException {
        JsonNode meta = Files.exists(page.resolve("expected-metadata.json"))
                ? readJson(page.resolve("expected-metadata.json")) : JSON.createObjectNode();
        String title = meta.path("title").asText("");
        if (!title.isBlank()) {
            boolean ok = TitleMatch.matches(title, e.title());
            titles.add(ok);
            if (verbose && !ok) {
                out.println("title " + page.getFileName() + ": [" + e.title() + "] vs [" + title + "]");
            }
        }
        String lang = meta.path("lang").asText("");
        if (!lang.isBlank() && !meta.path("lang").isNull()) {
            langs.add(lang.toLowerCase(Locale.ROOT).split("[-_]")[0].equals(e.language()));
        }
        String published = meta.path("publishedTime").asText("");
        if (!published.isBlank() && !meta.path("publishedTime").isNull()) {
            String want = DeclaredDate.parse(published).map(DatasetRun::day).orElse("?");
            dates.add(want.equals(day(e.published())));
            if (verbose && !want.equals(day(e.published()))) {
                out.println("date " + page.getFileName() + ": " + day(e.published()) + " vs " + want);
            }
        }
        Path expected = page.resolve("expected.html");
        if (Files.exists(expected)) {
            var doc = Jsoup.parse(Files.readString(expected, StandardCharsets.UTF_8));
            String want = BlockRenderer.render(doc.body()).stream().map(Block::text)
                    .collect(Collectors.joining("\n\n"));
            text.add(want, e.text());
            if (verbose) {
                Shingles one = new Shingles();
                one.add(want, e.text());
                out.println("text " + page.getFileName() + " " + one.score());
            }
        }
    }
}
