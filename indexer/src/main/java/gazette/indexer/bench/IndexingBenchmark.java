package gazette.indexer.bench;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import gazette.core.ElasticsearchClients;
import gazette.core.ElasticsearchSettings;
import gazette.core.Page;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Indexing throughput, documents per second, of the same pages on the same node in one run: through Gazette's
 * {@link gazette.indexer.BulkIndexer} into the real pages index, through a plain bulk loop into the real pages index
 * (what the indexer's duplicate lookups cost), and through a plain bulk loop into a {@code standard}-analysed index
 * (the baseline). Variants alternate round by round after a warm-up round; the median round counts.
 *
 * <p>Usage: {@code IndexingBenchmark <es-url> <dataset-dir> [rounds]}, the dataset being SQuAD-format JSON files
 * named by language (e.g. {@code ../shared/datasets/relevance/xquad-r}).
 */
public final class IndexingBenchmark {
    private IndexingBenchmark() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: IndexingBenchmark <es-url> <dataset-dir> [rounds]");
            System.exit(2);
        }
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        List<Page> pages = BenchCorpus.load(Path.of(args[1]));
        try (var transport = ElasticsearchClients.connect(ElasticsearchSettings.of(args[0]))._transport()) {
            print(pages.size(), rounds, measure(new ElasticsearchClient(transport), pages, rounds));
        }
    }

    private static Map<String, List<Double>> measure(ElasticsearchClient client, List<Page> pages, int rounds)
            throws IOException {
        List<Variant> variants = Variant.all(client);
        Map<String, List<Double>> rates = new LinkedHashMap<>();
        for (int round = 0; round <= rounds; round++) {
            for (Variant variant : variants) {
                double rate = variant.run(pages, "bench-" + variant.name() + "-" + round);
                if (round > 0) {
                    rates.computeIfAbsent(variant.name(), k -> new ArrayList<>()).add(rate);
                }
            }
        }
        return rates;
    }

    private static void print(int documents, int rounds, Map<String, List<Double>> rates) {
        System.out.printf(Locale.ROOT, "documents=%d rounds=%d (after one warm-up round)%n", documents, rounds);
        Map<String, Double> median = new LinkedHashMap<>();
        rates.forEach((name, r) -> {
            median.put(name, median(r));
            System.out.printf(Locale.ROOT, "%-22s median %8.1f docs/s  rounds %s%n", name, median(r), format(r));
        });
        double baseline = median.get(Variant.BASELINE);
        median.forEach((name, rate) -> System.out.printf(Locale.ROOT, "ratio %-22s / %s = %.2f%n", name,
                Variant.BASELINE, rate / baseline));
        System.out.printf(Locale.ROOT, "ratio %-22s / %s = %.2f%n", Variant.GAZETTE, Variant.PLAIN,
                median.get(Variant.GAZETTE) / median.get(Variant.PLAIN));
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static String format(List<Double> values) {
        return Arrays.toString(values.stream().map(v -> String.format(Locale.ROOT, "%.0f", v)).toArray());
    }
}
