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
 * (the baseline). Variants alternate round by round after a warm-up round; the median round counts. Besides
 * documents per second it reports the CPU time per document of this process and of the node (see {@link Round}).
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

    private static Map<String, List<Round>> measure(ElasticsearchClient client, List<Page> pages, int rounds)
            throws IOException {
        List<Variant> variants = Variant.all(client);
        Map<String, List<Round>> measured = new LinkedHashMap<>();
        for (int round = 0; round <= rounds; round++) {
            for (Variant variant : variants) {
                Round measurement = variant.run(pages, "bench-" + variant.name() + "-" + round);
                if (round > 0) {
                    measured.computeIfAbsent(variant.name(), k -> new ArrayList<>()).add(measurement);
                }
            }
        }
        return measured;
    }

    private static void print(int documents, int rounds, Map<String, List<Round>> measured) {
        System.out.printf(Locale.ROOT, "documents=%d rounds=%d (after one warm-up round)%n", documents, rounds);
        Map<String, Double> rate = new LinkedHashMap<>();
        Map<String, Double> cpu = new LinkedHashMap<>();
        measured.forEach((name, r) -> {
            List<Double> rates = r.stream().map(Round::rate).toList();
            rate.put(name, median(rates));
            cpu.put(name, median(r.stream().map(Round::cpuMs).toList()));
            System.out.printf(Locale.ROOT, "%-22s median %8.1f docs/s  rounds %s  cpu ms/doc: client %.2f node %.2f%n",
                    name, rate.get(name), format(rates), median(r.stream().map(Round::clientCpuMs).toList()),
                    median(r.stream().map(Round::nodeCpuMs).toList()));
        });
        double baseline = rate.get(Variant.BASELINE);
        rate.forEach((name, value) -> System.out.printf(Locale.ROOT, "ratio %-22s / %s = %.2f%n", name,
                Variant.BASELINE, value / baseline));
        System.out.printf(Locale.ROOT, "ratio %-22s / %s = %.2f (docs/s); %.2f (CPU per document, inverted)%n",
                Variant.GAZETTE, Variant.PLAIN, rate.get(Variant.GAZETTE) / rate.get(Variant.PLAIN),
                cpu.get(Variant.PLAIN) / cpu.get(Variant.GAZETTE));
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
