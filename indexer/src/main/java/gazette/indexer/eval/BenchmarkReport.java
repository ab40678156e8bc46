package gazette.indexer.eval;

import java.util.Locale;
import java.util.Map;

/** Renders a {@link RetrievalBenchmark.Result} as the Markdown tables {@code docs/benchmarks.md} records. */
final class BenchmarkReport {
    private BenchmarkReport() {}

    static String markdown(RetrievalBenchmark.Result result) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "documents: %d, stories: %d%n%n", result.documents(), result.stories()));
        table(out, result, "Any word (one OR query)", RetrievalQueries.BASELINE_ANY_WORD, RetrievalQueries.ANY_WORD);
        table(out, result, "Search API query (every word required)", RetrievalQueries.BASELINE_API,
                RetrievalQueries.API);
        return out.toString();
    }

    private static void table(StringBuilder out, RetrievalBenchmark.Result result, String title,
            RetrievalQueries baseline, RetrievalQueries gazette) {
        out.append("### ").append(title).append("\n\n");
        out.append("| language | questions | MRR@10 standard | MRR@10 Gazette | ratio | R@10 standard | R@10 Gazette | ratio |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        RankMetrics allBase = new RankMetrics();
        RankMetrics allGazette = new RankMetrics();
        for (Map.Entry<String, Map<RetrievalQueries, RankMetrics>> e : result.byLanguage().entrySet()) {
            RankMetrics b = e.getValue().get(baseline);
            RankMetrics g = e.getValue().get(gazette);
            row(out, e.getKey(), b, g);
            allBase.addAll(b);
            allGazette.addAll(g);
        }
        row(out, "**all**", allBase, allGazette);
        out.append('\n');
    }

    private static void row(StringBuilder out, String language, RankMetrics b, RankMetrics g) {
        out.append(String.format(Locale.ROOT, "| %s | %d | %.3f | %.3f | %.2f | %.3f | %.3f | %.2f |%n", language,
                b.questions(), b.mrr(), g.mrr(), ratio(g.mrr(), b.mrr()), b.recall(), g.recall(),
                ratio(g.recall(), b.recall())));
    }

    private static double ratio(double value, double baseline) {
        return baseline == 0 ? Double.NaN : value / baseline;
    }
}
