package gazette.extraction.eval;

import com.fasterxml.jackson.databind.JsonNode;
import gazette.core.Extracted;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** trafilatura's evaluation set: pooled precision/recall/F1 of with/without snippets. */
final class TrafilaturaSet extends DatasetRun {
    TrafilaturaSet(Path dir, boolean verbose, PrintStream out) {
        super(dir, verbose, out);
    }

    @Override
    void run() throws IOException {
        Snippets all = new Snippets();
        Accuracy titles = new Accuracy();
        Accuracy dates = new Accuracy();
        for (Map.Entry<String, JsonNode> page : readJson(dir.resolve("evaldata.json")).properties()) {
            JsonNode spec = page.getValue();
            Path file = dir.resolve("html").resolve(spec.get("file").asText());
            if (!Files.exists(file)) {
                continue;
            }
            Extracted e = extract(file, page.getKey());
            List<String> with = strings(spec.get("with"));
            List<String> without = strings(spec.get("without"));
            all.add(e.text(), with, without);
            String title = spec.path("title").asText("");
            if (!title.isBlank()) {
                titles.add(TitleMatch.matches(title, e.title()));
                if (verbose && !TitleMatch.matches(title, e.title())) {
                    out.println("title " + file.getFileName() + ": [" + e.title() + "] vs [" + title + "]");
                }
            }
            String date = spec.path("date").asText("");
            if (date.length() == 10) {
                dates.add(date.equals(day(e.published())));
                if (verbose && !date.equals(day(e.published()))) {
                    out.println("date " + file.getFileName() + ": " + day(e.published()) + " vs " + date);
                }
            }
            if (verbose) {
                report(file, e, with, without);
            }
        }
        out.println("trafilatura set: " + all.score() + "  title " + titles + "  date " + dates + "  ("
                + throughput() + ")");
    }

    private void report(Path file, Extracted e, List<String> with, List<String> without) {
        Snippets one = new Snippets();
        one.add(e.text(), with, without);
        if (one.score().f1() < 1) {
            out.println("- " + file.getFileName() + " " + one.score());
            String text = Snippets.normal(e.text());
            with.stream().filter(s -> !text.contains(Snippets.normal(s))).forEach(s -> out.println("    missing: " + s));
            without.stream().filter(s -> text.contains(Snippets.normal(s))).forEach(s -> out.println("    extra:   " + s));
        }
    }

    static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null) {
            array.forEach(n -> out.add(n.asText()));
        }
        return out;
    }
}
