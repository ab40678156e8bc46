package gazette.bench.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** A {@link CrawlProcess} running in a child JVM on this JVM's class path, with its stdout lines collected. */
final class ChildCrawl implements AutoCloseable {
    private final Process process;
    private final List<String> lines = new ArrayList<>();
    private final CountDownLatch fetching = new CountDownLatch(1);
    private volatile long peakRssKb = -1;
    private volatile int fetched;

    private final Thread reader;

    private ChildCrawl(Process process) {
        this.process = process;
        this.reader = Thread.ofVirtual().start(this::read);
        Thread.ofVirtual().start(this::sampleMemory);
    }

    static ChildCrawl start(String heap, CrawlVariant variant, String... args) {
        List<String> command = new ArrayList<>(variant.launcher());
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + heap,
                "-Dfile.encoding=UTF-8", "--enable-native-access=ALL-UNNAMED"));
        command.addAll(variant.jvmOptions());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), CrawlProcess.class.getName()));
        command.addAll(List.of(args));
        command.add(variant.paced() ? "paced" : "free");
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
        builder.environment().put("GAZETTE_LOG_LEVEL", "WARN");
        try {
            return new ChildCrawl(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the crawling JVM", e);
        }
    }

    long pid() {
        return process.pid();
    }

    /**
     * Waits until the child has loaded its frontier (the sitemap's URLs, written to the status index) and handed its
     * first pages over, so the phases measure the crawl itself.
     */
    void awaitFetching() throws InterruptedException {
        if (!fetching.await(5, TimeUnit.MINUTES)) {
            throw new IllegalStateException("the crawling JVM fetched no page within 5 minutes");
        }
    }

    /** Stops the whole child (SIGSTOP), so a quiet phase has no crawl at all; {@link #resume} continues it. */
    void pause() {
        signal("-STOP");
    }

    void resume() {
        signal("-CONT");
    }

    private void signal(String signal) {
        try {
            new ProcessBuilder("kill", signal, Long.toString(process.pid())).inheritIO().start().waitFor();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot signal the crawling JVM", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    boolean exited() {
        return !process.isAlive();
    }

    /** The kernel's high-water mark of the child's resident memory ({@code VmHWM}), last read while it ran. */
    long peakRssKb() {
        return peakRssKb;
    }

    /** Pages the child had handed to its sink, by its last progress line. */
    int fetched() {
        return fetched;
    }

    /** The child's {@code result …} line, after it exited; null if it printed none. */
    synchronized String result() {
        return lines.stream().filter(l -> l.startsWith("result ")).findFirst().orElse(null);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
        process.waitFor(30, TimeUnit.SECONDS);
        reader.join(Duration.ofSeconds(5));
    }

    /** Reads {@code /proc/<pid>/status} every second, so the peak is known even if the child is killed. */
    private void sampleMemory() {
        Path status = Path.of("/proc", Long.toString(process.pid()), "status");
        while (process.isAlive()) {
            try {
                Files.readAllLines(status).stream().filter(l -> l.startsWith("VmHWM:")).findFirst()
                        .ifPresent(l -> peakRssKb = Long.parseLong(l.replaceAll("\\D", "")));
                Thread.sleep(1000);
            } catch (IOException e) {
                return; // the process is gone, or this is not Linux
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void read() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                synchronized (this) {
                    lines.add(line);
                }
                if (line.startsWith("fetched=")) {
                    fetched = Integer.parseInt(line.substring("fetched=".length()));
                    fetching.countDown();
                }
            }
        } catch (IOException e) {
            // the child is gone; its exit is what the benchmark waits for
        }
    }
}
