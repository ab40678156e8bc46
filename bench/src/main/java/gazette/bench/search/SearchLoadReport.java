package gazette.bench.search;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The Markdown a run prints: what was measured, one row per side, and the p99 ratio against the target. */
final class SearchLoadReport {
    static final double TARGET_P99_RATIO = 1.25;

    private SearchLoadReport() {}

    static String markdown(SearchLoadBenchmark.Settings settings, SearchLoadBenchmark.Result result, double seconds) {
        Workload w = result.workload();
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "documents: %d (%s), queries: %d (%s), refused by the API: %d, "
                        + "Elasticsearch requests per API search: %.3f%n", result.documents(),
                result.indexed() ? String.format(Locale.ROOT, "indexed in %.0f s", result.indexSeconds()) : "reused",
                w.queries().size(), kinds(w), w.refused(), w.requestsPerSearch()));
        out.append(String.format(Locale.ROOT, "clients: %d, rounds per side: %d of up to %d s after one warm-up "
                + "round each, run: %.0f s%n%n", settings.clients(), settings.rounds(), settings.round().toSeconds(),
                seconds));
        out.append("| side | searches | errors | searches/s | p50 ms | p90 ms | p99 ms | max ms |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        out.append(row(result.api())).append(row(result.direct()));
        out.append(String.format(Locale.ROOT, "%np99 ratio API / direct: %.2f (target ≤ %.2f: %s); p50 ratio: %.2f; "
                        + "throughput ratio: %.2f%n", result.p99Ratio(), TARGET_P99_RATIO,
                result.p99Ratio() <= TARGET_P99_RATIO ? "met" : "missed",
                result.api().percentileMs(50) / result.direct().percentileMs(50),
                result.api().perSecond() / result.direct().perSecond()));
        errors(result.api(), out);
        errors(result.direct(), out);
        return out.toString();
    }

    private static String row(PhaseResult p) {
        return String.format(Locale.ROOT, "| %s | %d | %d | %.1f | %.1f | %.1f | %.1f | %.1f |%n", p.side(), p.calls(),
                p.errors(), p.perSecond(), p.percentileMs(50), p.percentileMs(90), p.percentileMs(99),
                p.percentileMs(100));
    }

    private static String kinds(Workload w) {
        Map<QueryMix.Kind, Long> counts = w.queries().stream()
                .collect(Collectors.groupingBy(QueryMix.Query::kind, TreeMap::new, Collectors.counting()));
        return counts.entrySet().stream().map(e -> e.getKey().name().toLowerCase(Locale.ROOT) + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }

    private static void errors(PhaseResult p, StringBuilder out) {
        if (p.firstError() != null) {
            out.append("first error, ").append(p.side()).append(": ").append(p.firstError()).append('\n');
        }
    }
}
