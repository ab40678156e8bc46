package gazette.extraction.eval;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Scores the extractor on a development dataset, recognising its layout: trafilatura ({@code evaldata.json}),
 * aeb ({@code ground-truth.json}), cwced-zh ({@code original/} + {@code cleaned/}) or readability
 * ({@code pages/<name>/source.html}). Usage: {@code ExtractionBenchmark <dataset-dir> [-v] [--warm[=N]]}; with
 * {@code --warm} the set is extracted once (N times) unreported first, so the throughput excludes model loading and
 * (with a few passes on a small set of big pages) the JIT's compiling, which a long crawl pays once.
 */
public final class ExtractionBenchmark {
    private ExtractionBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: ExtractionBenchmark <dataset-dir> [-v] [--warm[=N]]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        List<String> flags = List.of(args).subList(1, args.length);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        int warmPasses = flags.stream().filter(f -> f.equals("--warm") || f.startsWith("--warm="))
                .mapToInt(f -> f.equals("--warm") ? 1 : Integer.parseInt(f.substring("--warm=".length())))
                .findFirst().orElse(0);
        for (int i = 0; i < warmPasses; i++) {
            run(dir, false, new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8));
        }
        run(dir, flags.contains("-v"), out);
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
