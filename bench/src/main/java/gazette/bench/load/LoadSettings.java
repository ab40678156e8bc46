package gazette.bench.load;

import gazette.es.embedded.IndexingThreadPriority;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The load benchmark's knobs, from {@code key=value} arguments.
 *
 * @param pages        article pages on the synthetic site (a multiple of 5)
 * @param rate         search requests per second, the same in every phase
 * @param cycles       pauses and resumptions of each crawl: the quiet and the crawl phases alternate this many times
 * @param phase        length of each quiet and each crawl phase
 * @param crawlHeap    {@code -Xmx} of the crawling JVM, e.g. {@code 256m}
 * @param concurrency  the crawl's requests in flight (one host, no delay between requests)
 * @param crawls       the crawls to run one after another ({@link CrawlVariant})
 * @param esUrl        an Elasticsearch to use; null starts an embedded node in this JVM
 */
record LoadSettings(int pages, double rate, int cycles, Duration phase, String crawlHeap, int concurrency,
        List<CrawlVariant> crawls, String esUrl) {
    private static final Set<String> KEYS =
            Set.of("pages", "rate", "cycles", "phase-seconds", "crawl-heap", "concurrency", "crawls", "es");

    LoadSettings {
        if (pages < 5 || pages % 5 != 0) {
            throw new IllegalArgumentException("pages must be a positive multiple of 5, was " + pages);
        }
        if (rate <= 0 || rate > 500) {
            throw new IllegalArgumentException("rate must be in (0, 500] requests per second, was " + rate);
        }
        if (cycles < 1 || phase.toSeconds() < 5) {
            throw new IllegalArgumentException("cycles must be at least 1 and phase-seconds at least 5");
        }
        if (!crawlHeap.matches("\\d+[mg]")) {
            throw new IllegalArgumentException("crawl-heap must look like 256m or 1g, was " + crawlHeap);
        }
        if (concurrency < 1 || concurrency > 64) {
            throw new IllegalArgumentException("concurrency must be between 1 and 64, was " + concurrency);
        }
        if (crawls.isEmpty()) {
            throw new IllegalArgumentException("crawls must name at least one crawl variant");
        }
        if (crawls.stream().anyMatch(CrawlVariant::lowIndexing)
                && (esUrl != null || IndexingThreadPriority.lowestNice().isEmpty())) {
            throw new IllegalArgumentException("low-indexing needs the embedded node (no es=) and this JVM started with "
                    + IndexingThreadPriority.JVM_FLAGS);
        }
    }

    /**
     * Defaults: 10,000 pages, 2 req/s, 6 cycles of 15 s quiet and 15 s crawling, 256 MB crawl heap, 4 requests,
     * one crawl as {@code gazette crawl} runs it ({@code nice+paced}).
     */
    static LoadSettings parse(String... args) {
        Map<String, String> values = new HashMap<>();
        for (String arg : args) {
            String[] kv = arg.split("=", 2);
            if (kv.length != 2 || !KEYS.contains(kv[0])) {
                throw new IllegalArgumentException("unknown argument " + arg + "; expected key=value with key in " + KEYS);
            }
            values.put(kv[0], kv[1]);
        }
        return new LoadSettings(Integer.parseInt(values.getOrDefault("pages", "10000")),
                Double.parseDouble(values.getOrDefault("rate", "2")),
                Integer.parseInt(values.getOrDefault("cycles", "6")),
                Duration.ofSeconds(Long.parseLong(values.getOrDefault("phase-seconds", "15"))),
                values.getOrDefault("crawl-heap", "256m"), Integer.parseInt(values.getOrDefault("concurrency", "4")),
                Arrays.stream(values.getOrDefault("crawls", "nice+paced").split(",")).map(CrawlVariant::parse)
                        .toList(), values.get("es"));
    }
}
