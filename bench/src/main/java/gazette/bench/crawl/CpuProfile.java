package gazette.bench.crawl;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a crawl's CPU went, from a flight recording of {@link CrawlBenchmark} (crawler, site and node share the
 * JVM): the compiler and GC threads by their own CPU time, the rest of the threads' CPU split by execution samples,
 * each sample counted for the component of its innermost frame that belongs to one. Prints a Markdown table.
 *
 * <p>Usage: {@code CpuProfile recording.jfr [from to]}, times of day in UTC ({@code 18:10:57}) bounding one crawl.
 */
public final class CpuProfile {
    /** The components a sample is counted for, each named by the packages of its code, innermost frame first. */
    enum Component {
        LINGUA("language detection (Lingua)", "com.github.pemistahl.lingua", "it.unimi.dsi.fastutil", "kotlin."),
        EXTRACTION("extraction: HTML parsing, main text, title, dates", "org.jsoup", "gazette.extraction"),
        ANALYSIS("Lucene analysis of the text fields", "org.apache.lucene.analysis", "gazette.es.embedded",
                "com.ibm.icu", "org.elasticsearch.index.analysis"),
        LUCENE("Lucene indexing: postings, stored fields, segments written at refresh", "org.apache.lucene"),
        CLIENT("Elasticsearch client: JSON of the bulk bodies, HTTP", "co.elastic.clients", "org.apache.hc",
                "jakarta.json", "org.eclipse.parsson"),
        ELASTICSEARCH("Elasticsearch: REST, bulk parsing, mapping, translog, searches", "org.elasticsearch",
                "io.netty", "com.fasterxml.jackson"),
        INDEXER("indexer and core: duplicate planning, paragraphs, text forms, hashes", "gazette.indexer",
                "gazette.core"),
        HTTP_CLIENT("crawler: JDK HTTP client", "jdk.internal.net.http"),
        CRAWLER("crawler: frontier, records, links, URL normalising, robots", "gazette.crawler", "crawlercommons"),
        SITE("benchmark site", "sun.net.httpserver", "com.sun.net.httpserver", "gazette.bench"),
        OTHER("other: JDK scheduling, stacks cut off");

        final String label;
        final List<String> packages;

        Component(String label, String... packages) {
            this.label = label;
            this.packages = List.of(packages);
        }

        static Component of(RecordedStackTrace stack) {
            for (RecordedFrame frame : stack == null ? List.<RecordedFrame>of() : stack.getFrames()) {
                String type = frame.getMethod().getType().getName();
                for (Component c : values()) {
                    if (c.packages.stream().anyMatch(type::startsWith)) {
                        return ownerOfJson(c, stack);
                    }
                }
            }
            return OTHER;
        }

        /** Jackson writes the client's bulk bodies as well as parsing them in the node. */
        private static Component ownerOfJson(Component c, RecordedStackTrace stack) {
            boolean client = c == ELASTICSEARCH && stack.getFrames().stream().map(f -> f.getMethod().getType()
                    .getName()).noneMatch(t -> t.startsWith("org.elasticsearch"));
            return client ? CLIENT : c;
        }
    }

    private final Map<Component, Integer> samples = new EnumMap<>(Component.class);
    private final Map<Long, Instant> lastLoad = new HashMap<>();
    private double threadSeconds;
    private double compilerSeconds;
    private double gcSeconds;

    private CpuProfile() {}

    public static void main(String[] args) throws IOException {
        LocalTime from = args.length > 2 ? LocalTime.parse(args[1]) : LocalTime.MIN;
        LocalTime to = args.length > 2 ? LocalTime.parse(args[2]) : LocalTime.MAX;
        CpuProfile profile = new CpuProfile();
        try (RecordingFile file = new RecordingFile(Path.of(args[0]))) {
            while (file.hasMoreEvents()) {
                profile.add(file.readEvent(), from, to);
            }
        }
        System.out.print(profile.markdown());
    }

    private void add(RecordedEvent event, LocalTime from, LocalTime to) {
        LocalTime at = event.getStartTime().atZone(ZoneOffset.UTC).toLocalTime();
        boolean inside = !at.isBefore(from) && !at.isAfter(to);
        switch (event.getEventType().getName()) {
            case "jdk.ExecutionSample" -> {
                if (inside) {
                    samples.merge(Component.of(event.getStackTrace()), 1, Integer::sum);
                }
            }
            case "jdk.ThreadCPULoad" -> threadLoad(event, inside);
            case "jdk.GCCPUTime" -> gcSeconds += inside ? (event.getLong("userTime") + event.getLong("systemTime"))
                    / 1e9 : 0;
            default -> { }
        }
    }

    /** A thread's share of all cores since its previous event of this kind. */
    private void threadLoad(RecordedEvent event, boolean inside) {
        RecordedThread thread = event.getThread("eventThread");
        Instant previous = lastLoad.put(thread.getId(), event.getStartTime());
        if (!inside || previous == null) {
            return;
        }
        double seconds = Duration.between(previous, event.getStartTime()).toNanos() / 1e9
                * Runtime.getRuntime().availableProcessors() * (event.getFloat("user") + event.getFloat("system"));
        threadSeconds += seconds;
        if (String.valueOf(thread.getOSName()).contains("CompilerThread")) {
            compilerSeconds += seconds;
        }
    }

    private String markdown() {
        double total = threadSeconds + gcSeconds;
        double sampled = samples.values().stream().mapToInt(Integer::intValue).sum();
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "CPU %.1f s, %d samples%n%n"
                + "| component | share of the JVM's CPU |%n|---|---:|%n", total, (int) sampled));
        out.append(row("JIT compiler threads", compilerSeconds / total));
        out.append(row("garbage collector threads", gcSeconds / total));
        double rest = (threadSeconds - compilerSeconds) / total;
        samples.entrySet().stream().sorted(Map.Entry.<Component, Integer>comparingByValue().reversed())
                .forEach(e -> out.append(row(e.getKey().label, rest * e.getValue() / sampled)));
        return out.toString();
    }

    private static String row(String label, double share) {
        return String.format(Locale.ROOT, "| %s | %.1f %% |%n", label, 100 * share);
    }
}
