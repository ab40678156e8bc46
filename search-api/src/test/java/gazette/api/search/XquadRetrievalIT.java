package gazette.api.search;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import com.fasterxml.jackson.databind.JsonNode;
import gazette.core.Json;
import gazette.core.LanguageDetector;
import gazette.core.Page;
import gazette.core.PageDocument;
import gazette.core.PagesIndex;
import gazette.testing.TestElasticsearch;
import gazette.testing.WithElasticsearch;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opt-in: how often the search API's own query ({@link Searcher}, relaxed words, detected languages) puts the
 * paragraph that answers an XQuAD-R question in its top ten. Every paragraph is a page in its language, every
 * {@code gazette.xquad.sample}th question (default 14, about 60 per language) a query. Run with
 * {@code -Dtest=XquadRetrievalIT -Dgazette.xquad=../shared/datasets/relevance/xquad-r}; the table is logged.
 */
@WithElasticsearch
@EnabledIfSystemProperty(named = "gazette.xquad", matches = ".+")
class XquadRetrievalIT {
    private static final Logger LOG = LoggerFactory.getLogger(XquadRetrievalIT.class);
    private static final Instant CRAWLED = Instant.parse("2025-01-01T00:00:00Z");

    private record Question(String language, String text, String answerId) {}

    @Test
    void findsTheAnsweringParagraphInTheTopTenForMostQuestions(TestElasticsearch es) throws Exception {
        List<Question> questions = index(es, Path.of(System.getProperty("gazette.xquad")),
                Integer.getInteger("gazette.xquad.sample", 14));
        double script = recall(new Searcher(es.client(), es.index(), new ScriptDetector()), questions, "script");
        recall(new Searcher(es.client(), es.index(), LanguageDetector.NONE), questions, "none");
        assertThat(script).as("recall@10 with the script detector").isGreaterThan(0.85);
    }

    private static List<Question> index(TestElasticsearch es, Path dir, int sample) throws IOException {
        String concrete = es.index() + "-v1";
        es.client().indices().create(c -> c.index(concrete).withJson(new StringReader(PagesIndex.definition())));
        es.client().indices().putAlias(a -> a.index(concrete).name(es.index()));
        List<Question> questions = new ArrayList<>();
        try (var files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                String language = file.getFileName().toString().replace(".json", "");
                List<BulkOperation> ops = new ArrayList<>();
                List<Question> all = new ArrayList<>();
                read(file, language, ops, all);
                es.client().bulk(b -> b.index(concrete).refresh(Refresh.True).operations(ops));
                for (int i = 0; i < all.size(); i += sample) {
                    questions.add(all.get(i));
                }
            }
        }
        return questions;
    }

    /** SQuAD JSON: each paragraph a page with its own near-duplicate group, each question pointing at it. */
    private static void read(Path file, String language, List<BulkOperation> ops, List<Question> questions)
            throws IOException {
        JsonNode articles = Json.mapper().readTree(Files.readString(file)).path("data");
        for (int a = 0; a < articles.size(); a++) {
            JsonNode paragraphs = articles.get(a).path("paragraphs");
            for (int p = 0; p < paragraphs.size(); p++) {
                String url = "https://xquad.example/" + language + "/" + a + "-" + p;
                String id = PageDocument.id(url);
                Map<String, Object> source = PageDocument.source(new Page(url, "xquad.example", "", null, language,
                        paragraphs.get(p).path("context").asText(), CRAWLED, null, List.of()));
                source.put(PageDocument.DUPLICATE_GROUP, id);
                ops.add(BulkOperation.of(b -> b.index(i -> i.id(id).document(source))));
                paragraphs.get(p).path("qas").forEach(q -> questions.add(
                        new Question(language, q.path("question").asText(), id)));
            }
        }
    }

    /** Recall@10 over all questions; per language, MRR@10 and recall@10 are logged. */
    private static double recall(Searcher searcher, List<Question> questions, String name) throws IOException {
        Map<String, double[]> byLanguage = new TreeMap<>();
        for (Question q : questions) {
            List<String> ids = searcher.search(SearchParams.of(q.text())).hits().stream().map(Hit::id).toList();
            int rank = ids.indexOf(q.answerId());
            double[] m = byLanguage.computeIfAbsent(q.language(), k -> new double[3]);
            m[0] += rank < 0 ? 0 : 1.0 / (rank + 1);
            m[1] += rank < 0 ? 0 : 1;
            m[2]++;
        }
        double[] total = new double[3];
        StringBuilder table = new StringBuilder();
        byLanguage.forEach((language, m) -> {
            table.append(row(language, m));
            for (int i = 0; i < 3; i++) {
                total[i] += m[i];
            }
        });
        LOG.info("XQuAD-R, detector {}, query {}:\n{}{}", name, TextQuery.MINIMUM_WORDS, table, row("all", total));
        return total[1] / total[2];
    }

    private static String row(String language, double[] m) {
        return String.format(Locale.ROOT, "| %s | %d | %.3f | %.3f |%n", language, (int) m[2], m[0] / m[2],
                m[1] / m[2]);
    }
}
