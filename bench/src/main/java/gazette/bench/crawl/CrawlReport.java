package gazette.bench.crawl;

import gazette.bench.crawl.CrawlBenchmark.Report;
import java.time.Duration;
import java.util.Locale;

/** The benchmark's report as Markdown: throughput against the ceiling, Elasticsearch's share, politeness. */
final class CrawlReport {
    private CrawlReport() {}

    static String markdown(Report r) {
        CrawlBenchSettings s = r.settings();
        StringBuilder out = new StringBuilder(format("""
                site: %d pages on 127.0.0.1, %d requests in flight, no delay for that host; load average (1 min) %s

                | run | pages | seconds | pages/s | ratio to the ceiling | CPU ms per page | of which JIT compiler |
                |---|---:|---:|---:|---:|---:|---:|
                | fetch-only loop (ceiling) | %d | %.1f | %.0f | 1.00 | %.2f | %.2f |
                """, s.pages(), s.concurrency(), r.load(), r.ceiling().pages(), r.ceiling().seconds(),
                r.ceiling().pagesPerSecond(), r.ceiling().cpuMsPerPage(), r.ceiling().jitMsPerPage()));
        r.crawls().forEach(c -> out.append(format(
                "| end to end, tuning `%s` | %d | %.1f | %.0f | **%.3f** | %.1f | %.1f |%n", c.tuning().name(),
                c.inIndex(), c.seconds(), c.pagesPerSecond(), c.pagesPerSecond() / r.ceiling().pagesPerSecond(),
                c.cpuMsPerPage(), c.jitMsPerPage())));
        out.append("\nCPU ms per page: this JVM's CPU time (crawler, embedded Elasticsearch, site) over the run; of "
                + "which JIT compiler: the part HotSpot's compiler threads used, still compiling hot paths.\n");
        r.crawls().forEach(c -> appendCrawl(out, c));
        appendPoliteness(out, r.politeness(), s);
        return out.toString();
    }

    private static void appendCrawl(StringBuilder out, EndToEndCrawl.Result c) {
        EndToEndCrawl.Tuning t = c.tuning();
        out.append(format("""

                tuning `%s` (%d pages per bulk, flush every %d, refresh_interval %s): %d requests, %d pages \
                acknowledged, %d rejected, %d in the index after the refresh; skipped: %s

                """, t.name(), t.batchSize(), t.flushEvery(), t.refreshInterval() == null ? "as defined"
                : t.refreshInterval().toSeconds() + "s", c.crawl().requests(), c.acknowledged(), c.rejected(),
                c.inIndex(), c.crawl().reasons()));
        out.append(IndexCost.header()).append('\n');
        c.costs().forEach(cost -> out.append(cost.row()).append('\n'));
    }

    private static void appendPoliteness(StringBuilder out, PolitenessCheck.Result p, CrawlBenchSettings s) {
        Duration delay = s.delay();
        out.append(format("""

                politeness: %d hosts × %d pages, %d ms per host, %d requests in flight, gaps between request \
                arrivals at each host: %s

                | host | requests | min gap ms | median gap ms | max gap ms | within 10 %% |
                |---|---:|---:|---:|---:|---|
                """, s.hosts(), s.hostPages(), delay.toMillis(), s.concurrency(),
                p.kept(delay) ? "kept within 10 %" : "NOT kept within 10 %"));
        p.hosts().forEach(g -> out.append(format("| %s | %d | %.1f | %.1f | %.1f | %s |%n", g.host(), g.requests(),
                g.minMs(), g.medianMs(), g.maxMs(), g.kept(delay) ? "yes" : "no")));
    }

    private static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
