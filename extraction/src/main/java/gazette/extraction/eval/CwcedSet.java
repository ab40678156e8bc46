package gazette.extraction.eval;

import gazette.core.Extracted;
import gazette.extraction.date.DeclaredDate;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The Chinese news set: character-level precision/recall/F1 against {@code cleaned/} and date accuracy. */
final class CwcedSet extends DatasetRun {
    CwcedSet(Path dir, boolean verbose, PrintStream out) {
        super(dir, verbose, out);
    }

    @Override
    void run() throws IOException {
        CharOverlap chars = new CharOverlap();
        Accuracy dates = new Accuracy();
        List<Path> pages;
        try (Stream<Path> files = Files.list(dir.resolve("original"))) {
            pages = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        for (Path file : pages) {
            String id = file.getFileName().toString().replace(".html", "");
            Path cleaned = dir.resolve("cleaned").resolve(id + ".txt");
            if (!Files.exists(cleaned)) {
                continue;
            }
            Extracted e = extract(file, null);
            String expected = Files.readString(cleaned, StandardCharsets.UTF_8);
            chars.add(expected, e.text());
            String expectedDay = expectedDay(dir.resolve("date").resolve(id + ".txt"));
            if (!expectedDay.isEmpty()) {
                dates.add(expectedDay.equals(day(e.published())));
            }
            if (verbose) {
                CharOverlap one = new CharOverlap();
                one.add(expected, e.text());
                out.println(id.substring(0, 8) + " " + one.score() + " date " + day(e.published()) + " vs "
                        + expectedDay + " | " + firstLine(e.text(), 60));
            }
        }
        out.println("cwced-zh: chars " + chars.score() + "  date accuracy " + dates + "  (" + throughput() + ")");
    }

    private static String expectedDay(Path file) throws IOException {
        if (!Files.exists(file)) {
            return "";
        }
        String raw = Files.readString(file, StandardCharsets.UTF_8).strip();
        return DeclaredDate.parse(raw).map(DatasetRun::day).orElse("");
    }
}
