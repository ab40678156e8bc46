package gazette.bench.load;

import gazette.es.embedded.IndexingThreadPriority;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the benchmark's crawling JVM runs, named by {@code +}-joined parts: {@code plain} (as fast as it can),
 * {@code nice} or {@code niceN} (lower CPU priority, 10 unless N), {@code carriersN} (N virtual-thread carrier
 * threads), {@code paced} (yields to slow searches, {@code gazette.crawler.pacing}), {@code low-indexing} (the
 * embedded node's indexing threads at the lowest CPU priority while this crawl runs, {@link IndexingThreadPriority});
 * e.g. {@code nice+paced+low-indexing}.
 */
record CrawlVariant(String name, int nice, int carriers, boolean paced, boolean lowIndexing) {
    private static final Pattern NICE = Pattern.compile("nice(\\d*)");
    private static final Pattern CARRIERS = Pattern.compile("carriers(\\d+)");

    static CrawlVariant parse(String name) {
        int nice = 0;
        int carriers = 0;
        boolean paced = false;
        boolean lowIndexing = false;
        for (String part : name.split("\\+")) {
            Matcher niceMatch = NICE.matcher(part);
            Matcher carriersMatch = CARRIERS.matcher(part);
            if (niceMatch.matches()) {
                nice = niceMatch.group(1).isEmpty() ? 10 : Integer.parseInt(niceMatch.group(1));
            } else if (carriersMatch.matches()) {
                carriers = Integer.parseInt(carriersMatch.group(1));
            } else if (part.equals("paced")) {
                paced = true;
            } else if (part.equals("low-indexing")) {
                lowIndexing = true;
            } else if (!part.equals("plain")) {
                throw new IllegalArgumentException("unknown crawl variant part " + part + " in " + name
                        + "; expected plain, nice, niceN, carriersN, paced or low-indexing joined by +");
            }
        }
        return new CrawlVariant(name, nice, carriers, paced, lowIndexing);
    }

    /** What goes before the JVM's own options: {@code nice -n N} when the variant lowers the priority. */
    List<String> launcher() {
        return nice > 0 ? List.of("nice", "-n", Integer.toString(nice)) : List.of();
    }

    List<String> jvmOptions() {
        List<String> options = new ArrayList<>();
        if (carriers > 0) {
            options.add("-Djdk.virtualThreadScheduler.parallelism=" + carriers);
        }
        return options;
    }
}
