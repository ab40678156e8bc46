package gazette.bench.crawl;

import gazette.bench.crawl.EndToEndCrawl.Tuning;
import gazette.indexer.BulkSettings;
import java.util.List;

/** The end-to-end tunings the benchmark compares, by name. */
final class Tunings {
    /** What the crawl command did before this benchmark: a bulk request and an acknowledged flush every 100 pages. */
    static final Tuning BEFORE = new Tuning("before", 100, 100, null);
    /** What the crawl command does now: flushes as large as the indexer's bulk requests. */
    static final Tuning SHIPPED = new Tuning("shipped", BulkSettings.defaults().batchSize(),
            BulkSettings.defaults().batchSize(), null);
    /** The shipped tuning with the pages index refreshed every 30 s instead of every second while searched. */
    static final Tuning REFRESH_30S = new Tuning("refresh-30s", SHIPPED.batchSize(), SHIPPED.flushEvery(), "30s");

    private static final List<Tuning> ALL = List.of(BEFORE, SHIPPED, REFRESH_30S);

    private Tunings() {}

    static Tuning named(String name) {
        return ALL.stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("unknown tuning " + name + "; known: "
                        + ALL.stream().map(Tuning::name).toList()));
    }
}
