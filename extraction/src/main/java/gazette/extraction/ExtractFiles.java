package gazette.extraction;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gazette.core.Extracted;
import gazette.core.Fetched;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Batch extraction of saved pages ({@code .html}, {@code .htm}, {@code .html.gz}; folders recursively): one JSON
 * object per file, {@code {"path","title","published","language","text"}}, one per line.
 */
public final class ExtractFiles {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HtmlExtractor extractor = new HtmlExtractor();

    /** Writes one JSON line per page under {@code paths} to {@code out}, in sorted path order. */
    public void run(List<Path> paths, PrintStream out) throws IOException {
        for (Path file : pages(paths)) {
            out.println(JSON.writeValueAsString(json(file, extract(file))));
        }
    }

    /** Extracts one saved page; the file URI stands in for the page URL. */
    public Extracted extract(Path file) throws IOException {
        return extractor.extract(new Fetched(file.toUri(), read(file), null, null));
    }

    /** The page files under {@code paths}, sorted. */
    public static List<Path> pages(List<Path> paths) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            try (Stream<Path> walk = Files.walk(p)) {
                walk.filter(Files::isRegularFile).filter(ExtractFiles::isPage).sorted().forEach(out::add);
            }
        }
        return out;
    }

    /** The raw bytes, gunzipped when the name ends in {@code .gz}. */
    public static byte[] read(Path file) throws IOException {
        if (!file.toString().endsWith(".gz")) {
            return Files.readAllBytes(file);
        }
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return in.readAllBytes();
        }
    }

    private static boolean isPage(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".html.gz")
                || name.endsWith(".htm.gz");
    }

    static ObjectNode json(Path file, Extracted e) {
        ObjectNode node = JSON.createObjectNode();
        node.put("path", file.toString());
        node.put("title", e.title());
        node.put("published", e.published() == null ? null : Published.format(e.published()));
        node.put("language", e.language());
        node.put("text", e.text());
        return node;
    }

    public static void main(String[] args) {
        try {
            new ExtractFiles().run(Stream.of(args).map(Path::of).toList(),
                    new PrintStream(System.out, true, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
