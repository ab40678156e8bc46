package gazette.bench.load;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The load benchmark's knobs, from {@code key=value} arguments.
 *
 * @param pages        article pages on the synthetic site (a multiple of 5)
 * @param rate         search requests per second, the same in every phase
 * @param quiet        length of each phase without a crawl
 * @param maxCrawl     the crawl phase ends after this even if the crawl has not (the crawl is then killed)
 * @param crawlHeap    {@code -Xmx} of the crawling JVM, e.g. {@code 256m}
 * @param concurrency  the crawl's requests in flight (one host, no delay between requests)
 * @param esUrl        an Elasticsearch to use; null starts an embedded node in this JVM
 */
record LoadSettings(int pages, double rate, Duration quiet, Duration maxCrawl, String crawlHeap, int concurrency,
        String esUrl) {
    private static final Set<String> KEYS =
            Set.of("pages", "rate", "quiet-seconds", "max-crawl-minutes", "crawl-heap", "concurrency", "es");

    LoadSettings {
        if (pages < 5 || pages % 5 != 0) {
            throw new IllegalArgumentException("pages must be a positive multiple of 5, was " + pages);
        }
        if (rate <= 0 || rate > 500) {
            throw new IllegalArgumentException("rate must be in (0, 500] requests per second, was " + rate);
        }
        if (!crawlHeap.matches("\\d+[mg]")) {
            throw new IllegalArgumentException("crawl-heap must look like 256m or 1g, was " + crawlHeap);
        }
        if (concurrency < 1 || concurrency > 64) {
            throw new IllegalArgumentException("concurrency must be between 1 and 64, was " + concurrency);
        }
    }

    /** Defaults: 10,000 pages, 20 req/s, 60 s quiet phases, crawl capped at 20 min, 256 MB crawl heap, 4 requests. */
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
                Double.parseDouble(values.getOrDefault("rate", "20")),
                Duration.ofSeconds(Long.parseLong(values.getOrDefault("quiet-seconds", "60"))),
                Duration.ofMinutes(Long.parseLong(values.getOrDefault("max-crawl-minutes", "20"))),
                values.getOrDefault("crawl-heap", "256m"), Integer.parseInt(values.getOrDefault("concurrency", "4")),
                values.get("es"));
    }
}
