package gazette.extraction.eval;

import com.fasterxml.jackson.databind.JsonNode;
import gazette.core.Extracted;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The article-extraction benchmark: 4-gram shingle precision/recall/F1, ours beside the shipped tools' outputs. */
final class AebSet extends DatasetRun {
    AebSet(Path dir, boolean verbose, PrintStream out) {
        super(dir, verbose, out);
    }

    @Override
    void run() throws IOException {
        JsonNode truth = readJson(dir.resolve("ground-truth.json"));
        Shingles ours = new Shingles();
        for (Map.Entry<String, JsonNode> page : truth.properties()) {
            Path file = dir.resolve("html").resolve(page.getKey() + ".html.gz");
            if (!Files.exists(file)) {
                continue;
            }
            Extracted e = extract(file, page.getValue().path("url").asText(null));
            String expected = page.getValue().path("articleBody").asText("");
            ours.add(expected, e.text());
            if (verbose) {
                Shingles one = new Shingles();
                one.add(expected, e.text());
                out.println(page.getKey().substring(0, 12) + " " + one.score() + " | " + firstLine(e.text(), 100));
            }
        }
        Map<String, Score> table = new TreeMap<>(tools(truth));
        out.printf("aeb %-22s %s  (%s)%n", "gazette", ours.score(), throughput());
        table.entrySet().stream().sorted((a, b) -> Double.compare(b.getValue().f1(), a.getValue().f1()))
                .forEach(t -> out.printf("aeb %-22s %s%n", t.getKey(), t.getValue()));
    }

    private Map<String, Score> tools(JsonNode truth) throws IOException {
        Map<String, Score> out = new TreeMap<>();
        Path outputs = dir.resolve("output");
        if (!Files.isDirectory(outputs)) {
            return out;
        }
        try (Stream<Path> files = Files.list(outputs)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                out.put(f.getFileName().toString().replace(".json", ""), toolScore(readJson(f), truth));
            }
        }
        return out;
    }

    private Score toolScore(JsonNode predictions, JsonNode truth) {
        Shingles s = new Shingles();
        for (Map.Entry<String, JsonNode> page : truth.properties()) {
            if (Files.exists(dir.resolve("html").resolve(page.getKey() + ".html.gz"))) {
                s.add(page.getValue().path("articleBody").asText(""),
                        predictions.path(page.getKey()).path("articleBody").asText(""));
            }
        }
        return s.score();
    }
}
