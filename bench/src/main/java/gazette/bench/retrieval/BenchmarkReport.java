package gazette.bench.retrieval;

import gazette.bench.retrieval.RetrievalBenchmark.Side;
import java.util.Locale;
import java.util.Map;

/** Renders a {@link RetrievalBenchmark.Result} as the Markdown tables {@code docs/benchmarks.md} records. */
final class BenchmarkReport {
    private BenchmarkReport() {}

    static String markdown(RetrievalBenchmark.Result result) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "documents: %d, stories: %d, questions the API refused (400): %d, "
                + "run: %.0f s%n%n", result.documents(), result.stories(), result.refused(), result.seconds()));
        table(out, result, "Search API vs. baseline, any word (one OR `match`)", Side.BASELINE_ANY_WORD);
        table(out, result, "Search API vs. baseline, all words (every word required)", Side.BASELINE_ALL_WORDS);
        return out.toString();
    }

    private static void table(StringBuilder out, RetrievalBenchmark.Result result, String title, Side baseline) {
        out.append("### ").append(title).append("\n\n");
        out.append("| language | questions | MRR@10 standard | MRR@10 API | ratio | R@10 standard | R@10 API | ratio |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        RankMetrics allBase = new RankMetrics();
        RankMetrics allApi = new RankMetrics();
        for (Map.Entry<String, Map<Side, RankMetrics>> e : result.byLanguage().entrySet()) {
            RankMetrics b = e.getValue().get(baseline);
            RankMetrics g = e.getValue().get(Side.API);
            row(out, e.getKey(), b, g);
            allBase.addAll(b);
            allApi.addAll(g);
        }
        row(out, "**all**", allBase, allApi);
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
