package gazette.bench.retrieval;

import com.fasterxml.jackson.databind.JsonNode;
import gazette.core.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One language of an XQuAD-R style set (SQuAD JSON, {@code <language>.json}): its paragraphs and the questions
 * each answers. Paragraph keys ({@code <article>-<paragraph>}) are the same in every language of the set, because
 * its paragraphs are translations of one another.
 */
record Xquad(String language, List<Paragraph> paragraphs, List<Question> questions) {

    /** A paragraph and the key it shares with its translations. */
    record Paragraph(String key, String text) {}

    /** A question and the key of the one paragraph that answers it. */
    record Question(String text, String paragraphKey) {}

    static Xquad load(Path dir, String language) throws IOException {
        JsonNode articles = Json.mapper().readTree(Files.readString(dir.resolve(language + ".json"))).path("data");
        List<Paragraph> paragraphs = new ArrayList<>();
        List<Question> questions = new ArrayList<>();
        for (int a = 0; a < articles.size(); a++) {
            JsonNode ps = articles.get(a).path("paragraphs");
            for (int p = 0; p < ps.size(); p++) {
                String key = a + "-" + p;
                paragraphs.add(new Paragraph(key, ps.get(p).path("context").asText()));
                ps.get(p).path("qas").forEach(q -> questions.add(new Question(q.path("question").asText(), key)));
            }
        }
        return new Xquad(language, List.copyOf(paragraphs), List.copyOf(questions));
    }

    /** The same paragraphs with every {@code n}th question only (the first, the n+1st, …): a quicker run. */
    Xquad everyNthQuestion(int n) {
        List<Question> kept = new ArrayList<>();
        for (int i = 0; i < questions.size(); i += n) {
            kept.add(questions.get(i));
        }
        return new Xquad(language, paragraphs, List.copyOf(kept));
    }

    /** The languages present in a dataset folder, from its file names, sorted. */
    static List<String> languages(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .map(n -> n.substring(0, n.length() - ".json".length())).sorted().toList();
        }
    }
}
