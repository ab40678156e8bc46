package gazette.bench.crawl;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time of this JVM (crawler, embedded Elasticsearch and site alike). On a shared machine wall time depends on
 * what else runs; CPU seconds per page depend much less on it, so both are reported. The JIT compiler's share is
 * reported apart: a run of a few thousand pages still compiles Lucene's, Elasticsearch's and the extractor's hot
 * paths, a cost a long crawl pays once.
 */
final class ProcessCpu {
    private ProcessCpu() {}

    /** CPU seconds this process has used so far; NaN where the JVM does not say. */
    static double seconds() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime() / 1e9;
        }
        return Double.NaN;
    }

    /**
     * CPU seconds HotSpot's compiler threads ({@code C1/C2 CompilerThread}) have used so far, as their share of the
     * process's ticks in {@code /proc} times {@link #seconds}; NaN without {@code /proc}. Compiler threads that
     * ended take their ticks with them, so this errs low.
     */
    static double jitSeconds() {
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc/self/task"))) {
            long compiler = 0;
            for (Path task : tasks) {
                compiler += compilerTicks(task);
            }
            return seconds() * compiler / ticks(Path.of("/proc/self/stat"));
        } catch (IOException | RuntimeException e) {
            return Double.NaN; // no /proc: not Linux
        }
    }

    private static long compilerTicks(Path task) {
        try {
            String name = Files.readString(task.resolve("comm"), StandardCharsets.US_ASCII);
            return name.contains("CompilerThre") ? ticks(task.resolve("stat")) : 0;
        } catch (IOException e) {
            return 0; // the thread ended while the folder was read
        }
    }

    /** User plus system clock ticks from a {@code stat} file (fields 14 and 15, after the command in parentheses). */
    private static long ticks(Path stat) throws IOException {
        String text = Files.readString(stat, StandardCharsets.US_ASCII);
        String[] fields = text.substring(text.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }
}
