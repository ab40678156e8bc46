package gazette.indexer.bench;

import com.fasterxml.jackson.databind.JsonNode;
import gazette.core.Json;
import gazette.core.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The pages a benchmark indexes: every paragraph of every language of a SQuAD-format set, one page each. */
final class BenchCorpus {
    private static final Instant CRAWLED = Instant.parse("2026-01-01T00:00:00Z");

    private BenchCorpus() {}

    static List<Page> load(Path dir) throws IOException {
        List<Page> pages = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                String language = file.getFileName().toString().replace(".json", "");
                JsonNode articles = Json.mapper().readTree(Files.readString(file)).path("data");
                for (int a = 0; a < articles.size(); a++) {
                    JsonNode paragraphs = articles.get(a).path("paragraphs");
                    for (int p = 0; p < paragraphs.size(); p++) {
                        pages.add(page(language, a + "-" + p, paragraphs.get(p).path("context").asText()));
                    }
                }
            }
        }
        return List.copyOf(pages);
    }

    private static Page page(String language, String key, String text) {
        String title = text.substring(0, Math.min(80, text.length()));
        return new Page("https://bench.example/" + language + "/" + key, "bench.example", title, null, language, text,
                CRAWLED, null, List.of());
    }
}
