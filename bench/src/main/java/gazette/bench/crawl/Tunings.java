package gazette.bench.crawl;

import gazette.bench.crawl.EndToEndCrawl.Tuning;
import gazette.indexer.BulkSettings;
import java.time.Duration;
import java.util.List;

/** The end-to-end tunings the benchmark compares, by name. */
final class Tunings {
    /** What the crawl command did before this benchmark: a bulk request and an acknowledged flush every 100 pages. */
    static final Tuning BEFORE = new Tuning("before", 100, 100, null);
    /** Flushes as large as the indexer's bulk requests, the index refreshing as defined (every second). */
    static final Tuning REFRESH_1S = new Tuning("refresh-1s", BulkSettings.defaults().batchSize(),
            BulkSettings.defaults().batchSize(), null);
    /** What the crawl command does now: as {@code refresh-1s}, the index refreshing every 30 s while it writes. */
    static final Tuning SHIPPED = new Tuning("shipped", REFRESH_1S.batchSize(), REFRESH_1S.flushEvery(),
            BulkSettings.defaults().refreshWhileWriting());
    /** As shipped, with refreshes every 10 s while writing. */
    static final Tuning REFRESH_10S = new Tuning("refresh-10s", REFRESH_1S.batchSize(), REFRESH_1S.flushEvery(),
            Duration.ofSeconds(10));

    private static final List<Tuning> ALL = List.of(BEFORE, REFRESH_1S, SHIPPED, REFRESH_10S);

    private Tunings() {}

    static Tuning named(String name) {
        return ALL.stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("unknown tuning " + name + "; known: "
                        + ALL.stream().map(Tuning::name).toList()));
    }
}
