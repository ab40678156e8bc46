package gazette.bench.search;

import com.fasterxml.jackson.databind.JsonNode;
import gazette.core.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Real sentences by language from the development datasets: every paragraph of {@code relevance/xquad-r} (11
 * languages), aeb's English article bodies ({@code extraction/aeb/ground-truth.json}) and cwced-zh's cleaned Chinese
 * texts ({@code extraction/cwced-zh/cleaned}). A set that is missing is skipped; languages are sorted by tag.
 */
record CorpusText(Map<String, List<String>> sentences) {
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+|(?<=[。！？])");
    private static final Pattern BLANK_LINE = Pattern.compile("\\n\\s*\\n");
    private static final int SHORTEST_SENTENCE = 20;

    CorpusText {
        TreeMap<String, List<String>> nonEmpty = new TreeMap<>(sentences);
        nonEmpty.values().removeIf(List::isEmpty);
        sentences = Collections.unmodifiableMap(nonEmpty);
        if (sentences.isEmpty()) {
            throw new IllegalArgumentException("no text found under the dataset folder");
        }
    }

    static CorpusText load(Path datasets) throws IOException {
        Map<String, List<String>> byLanguage = new TreeMap<>();
        xquad(datasets.resolve("relevance/xquad-r"), byLanguage);
        aeb(datasets.resolve("extraction/aeb/ground-truth.json"), byLanguage);
        cwced(datasets.resolve("extraction/cwced-zh/cleaned"), byLanguage);
        return new CorpusText(byLanguage);
    }

    List<String> languages() {
        return List.copyOf(sentences.keySet());
    }

    List<String> of(String language) {
        return sentences.get(language);
    }

    private static void xquad(Path dir, Map<String, List<String>> out) throws IOException {
        for (Path file : files(dir, ".json")) {
            String language = file.getFileName().toString().replace(".json", "");
            for (JsonNode article : Json.mapper().readTree(file.toFile()).path("data")) {
                article.path("paragraphs").forEach(p -> add(out, language, p.path("context").asText()));
            }
        }
    }

    /** Only the bodies written in Latin script: the set is mostly English with a few pages in other languages. */
    private static void aeb(Path file, Map<String, List<String>> out) throws IOException {
        if (!Files.isRegularFile(file)) {
            return;
        }
        for (JsonNode page : Json.mapper().readTree(file.toFile())) {
            String body = page.path("articleBody").asText();
            if (LatinText.isLatin(body)) {
                BLANK_LINE.splitAsStream(body).forEach(p -> add(out, "en", p));
            }
        }
    }

    /** The cleaned texts keep the page's hard line breaks inside paragraphs; Chinese joins them without a space. */
    private static void cwced(Path dir, Map<String, List<String>> out) throws IOException {
        for (Path file : files(dir, ".txt")) {
            BLANK_LINE.splitAsStream(Files.readString(file, StandardCharsets.UTF_8))
                    .forEach(p -> add(out, "zh", p.replace("\r", "").replace("\n", "")));
        }
    }

    private static void add(Map<String, List<String>> out, String language, String paragraph) {
        List<String> sentences = out.computeIfAbsent(language, l -> new ArrayList<>());
        SENTENCE_END.splitAsStream(paragraph.replace("\uFEFF", "").strip()).map(String::strip)
                .filter(s -> s.length() >= SHORTEST_SENTENCE).forEach(sentences::add);
    }

    private static List<Path> files(Path dir, String suffix) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
