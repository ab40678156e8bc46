package gazette.app;

import gazette.extraction.ExtractFiles;
import gazette.extraction.eval.ExtractionBenchmark;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Extraction without Elasticsearch, for evaluation and debugging. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extract title, date, language and main text from saved pages: one JSON object per file on stdout,",
                "{\"path\",\"title\",\"published\",\"language\",\"text\"}. With --benchmark, score a dataset folder instead."})
final class ExtractCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE|DIR", arity = "1..*", description = "HTML files (.html, .htm, .html.gz) or folders of them")
    List<Path> paths;

    @Option(names = "--benchmark",
            description = "Treat each argument as an extraction dataset folder (trafilatura, aeb, cwced-zh or readability layout) and print its scores.")
    boolean benchmark;

    @Option(names = "--verbose", description = "With --benchmark: list the pages that lost points.")
    boolean verbose;

    @Override
    public Integer call() throws IOException {
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new IllegalArgumentException("no such file or folder: " + path);
            }
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (benchmark) {
            for (Path dataset : paths) {
                ExtractionBenchmark.run(dataset, verbose, out);
            }
        } else {
            new ExtractFiles().run(paths, out);
        }
        return 0;
    }
}
