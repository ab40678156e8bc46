package gazette.extraction.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gazette.core.Extracted;
import gazette.core.Fetched;
import gazette.extraction.ExtractFiles;
import gazette.extraction.HtmlExtractor;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;

/** What every dataset run shares: the extractor, timing, JSON reading and the report stream. */
abstract class DatasetRun {
    static final ObjectMapper JSON = new ObjectMapper();
    final Path dir;
    final boolean verbose;
    final PrintStream out;
    private final HtmlExtractor extractor = new HtmlExtractor();
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private long nanos;
    private long cpuNanos;
    private int pages;

    DatasetRun(Path dir, boolean verbose, PrintStream out) {
        this.dir = dir;
        this.verbose = verbose;
        this.out = out;
    }

    abstract void run() throws IOException;

    /** Extracts a saved page, timing only the extraction (not the disk read). */
    Extracted extract(Path file, String url) throws IOException {
        byte[] body = ExtractFiles.read(file);
        URI uri = url == null ? file.toUri() : safeUri(url, file);
        long start = System.nanoTime();
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        Extracted e = extractor.extract(new Fetched(uri, body, null, null));
        cpuNanos += THREADS.getCurrentThreadCpuTime() - cpuStart;
        nanos += System.nanoTime() - start;
        pages++;
        return e;
    }

    private static URI safeUri(String url, Path file) {
        try {
            return URI.create(url.strip().replace(" ", "%20"));
        } catch (IllegalArgumentException e) {
            return file.toUri();
        }
    }

    JsonNode readJson(Path file) throws IOException {
        return JSON.readTree(file.toFile());
    }

    /** Pages per second of wall time and of this thread's CPU time (the latter is steady on a shared machine). */
    String throughput() {
        return String.format(Locale.ROOT, "%d pages, %.1f pages/s, %.1f pages/CPU-s", pages,
                pages / Math.max(1e-9, nanos / 1e9), pages / Math.max(1e-9, cpuNanos / 1e9));
    }

    /** The UTC day of an instant, {@code yyyy-MM-dd}, or empty. */
    static String day(Instant instant) {
        return instant == null ? "" : instant.atOffset(ZoneOffset.UTC).toLocalDate().toString();
    }

    static String firstLine(String s, int max) {
        String line = s.replace('\n', ' ');
        return line.length() > max ? line.substring(0, max) + "…" : line;
    }
}
