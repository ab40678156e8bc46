package gazette.bench.crawl;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The crawl benchmark's knobs, from {@code key=value} arguments.
 *
 * @param pages        articles on the throughput site
 * @param concurrency  requests in flight, the same for the fetch-only loop and the crawl (one host, no delay)
 * @param hosts        sites crawled at once by the politeness check
 * @param hostPages    articles on each of those sites
 * @param delay        the per-host delay of the politeness check
 * @param tunings      the end-to-end crawls to run, by {@link Tunings} name, in order
 * @param esUrl        an Elasticsearch to use; null starts an embedded node in this JVM
 * @param warmUpPages  articles of the unreported crawl that runs first, so the JIT has compiled the crawl paths
 *                     (a long-running crawler pays for compiling once; a short measurement would pay it in full)
 */
record CrawlBenchSettings(int pages, int concurrency, int hosts, int hostPages, Duration delay, List<String> tunings,
        String esUrl, int warmUpPages) {
    private static final Set<String> KEYS =
            Set.of("pages", "concurrency", "hosts", "host-pages", "delay-ms", "tunings", "es", "warm-up-pages");

    CrawlBenchSettings {
        if (pages < 1 || pages > 1_000_000) {
            throw new IllegalArgumentException("pages must be between 1 and 1,000,000, was " + pages);
        }
        if (concurrency < 1 || concurrency > 64) {
            throw new IllegalArgumentException("concurrency must be between 1 and 64, was " + concurrency);
        }
        if (hosts < 1 || hostPages < 2) {
            throw new IllegalArgumentException("the politeness check needs a host and two pages on each");
        }
        tunings.forEach(Tunings::named);
        if (warmUpPages < 0 || warmUpPages > 1_000_000) {
            throw new IllegalArgumentException("warm-up-pages must be between 0 and 1,000,000, was " + warmUpPages);
        }
        if (delay.isNegative() || delay.isZero()) {
            throw new IllegalArgumentException("delay-ms must be positive, was " + delay.toMillis());
        }
    }

    /**
     * Defaults: 10,000 pages, 8 requests in flight, the shipped tuning only, a warm-up crawl of 500 pages (at most the
     * measured site's size); politeness: 3 hosts of 40 pages, 200 ms apart.
     */
    static CrawlBenchSettings parse(String... args) {
        Map<String, String> values = new HashMap<>();
        for (String arg : args) {
            String[] kv = arg.split("=", 2);
            if (kv.length != 2 || !KEYS.contains(kv[0])) {
                throw new IllegalArgumentException("unknown argument " + arg + "; expected key=value with key in "
                        + KEYS);
            }
            values.put(kv[0], kv[1]);
        }
        int pages = Integer.parseInt(values.getOrDefault("pages", "10000"));
        return new CrawlBenchSettings(pages,
                Integer.parseInt(values.getOrDefault("concurrency", "8")),
                Integer.parseInt(values.getOrDefault("hosts", "3")),
                Integer.parseInt(values.getOrDefault("host-pages", "40")),
                Duration.ofMillis(Long.parseLong(values.getOrDefault("delay-ms", "200"))),
                List.of(values.getOrDefault("tunings", Tunings.SHIPPED.name()).split(",")), values.get("es"),
                Integer.parseInt(values.getOrDefault("warm-up-pages", String.valueOf(Math.min(pages, 500)))));
    }
}
