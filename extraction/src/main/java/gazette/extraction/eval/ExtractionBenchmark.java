package gazette.extraction.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Scores the extractor on a development dataset, recognising its layout: trafilatura ({@code evaldata.json}),
 * aeb ({@code ground-truth.json}), cwced-zh ({@code original/} + {@code cleaned/}) or readability
 * ({@code pages/<name>/source.html}). Usage: {@code ExtractionBenchmark <dataset-dir> [-v]}.
 */
public final class ExtractionBenchmark {
    private ExtractionBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: ExtractionBenchmark <dataset-dir> [-v]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        boolean verbose = args.length > 1 && args[1].equals("-v");
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        run(dir, verbose, out);
    }

    /** Runs the benchmark that fits {@code dir} and prints its report to {@code out}. */
    public static void run(Path dir, boolean verbose, PrintStream out) throws IOException {
        if (Files.exists(dir.resolve("evaldata.json"))) {
            new TrafilaturaSet(dir, verbose, out).run();
        } else if (Files.exists(dir.resolve("ground-truth.json"))) {
            new AebSet(dir, verbose, out).run();
        } else if (Files.isDirectory(dir.resolve("cleaned"))) {
            new CwcedSet(dir, verbose, out).run();
        } else if (Files.isDirectory(dir.resolve("pages"))) {
            new ReadabilitySet(dir, verbose, out).run();
        } else {
            throw new IllegalArgumentException("not a known dataset layout: " + dir);
        }
    }
}
