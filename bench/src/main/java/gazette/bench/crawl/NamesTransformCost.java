package gazette.bench.crawl;

import com.fasterxml.jackson.databind.JsonNode;
import com.ibm.icu.text.Transliterator;
import gazette.core.Json;
import gazette.es.embedded.LanguageAnalysisPlugin;
import java.io.IOException;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.icu.ICUTransformFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.index.analysis.TokenFilterFactory;

/**
 * The CPU cost of the pages index's names transliteration ({@code gazette_latin} after the standard tokenizer) on
 * real text, Lucene's {@code ICUTransformFilter} (what a cluster's analysis-icu plugin runs) against the embedded
 * node's {@code icu_transform}, which remembers recent tokens: CPU time of this thread per token, alternating rounds,
 * and whether both gave the same tokens. The crawl benchmark's generated site has a small vocabulary, which flatters a
 * cache; this runs on every paragraph of a SQuAD-format set (xquad-r: 11 languages).
 *
 * <p>Usage: {@code NamesTransformCost DIR [rounds=3]}.
 */
public final class NamesTransformCost {
    /** As in the pages index definition (core {@code gazette/index/pages.json}). */
    static final String NAMES = "Null; [:Han:] Han-Latin/Names; [:Greek:] Greek-Latin/UNGEGN; "
            + "[:Cyrillic:] Russian-Latin/BGN; [:^Latin:] Any-Latin; Latin-ASCII; [^[:Letter:][:Number:]] Remove";

    private NamesTransformCost() {}

    public static void main(String[] args) throws IOException {
        List<String> paragraphs = paragraphs(Path.of(args[0]));
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Chain lucene = new Chain(in -> new ICUTransformFilter(in, Transliterator.getInstance(NAMES)));
        TokenFilterFactory embedded = (TokenFilterFactory) new LanguageAnalysisPlugin().getTokenFilters()
                .get("icu_transform").get(null, null, "gazette_latin", Settings.builder().put("id", NAMES).build());
        Chain cached = new Chain(embedded::create);
        List<String> expected = lucene.run(paragraphs);
        boolean same = expected.equals(cached.run(paragraphs));
        double[] luceneUs = new double[rounds];
        double[] cachedUs = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            luceneUs[r] = lucene.microsPerToken(paragraphs);
            cachedUs[r] = cached.microsPerToken(paragraphs);
        }
        System.out.printf(Locale.ROOT, "%d paragraphs, %d tokens, %d distinct; same tokens: %s%n", paragraphs.size(),
                expected.size(), new HashSet<>(expected).size(), same);
        for (int r = 0; r < rounds; r++) {
            System.out.printf(Locale.ROOT, "round %d: ICUTransformFilter %.2f µs/token, embedded %.2f µs/token, "
                    + "ratio %.2f%n", r + 1, luceneUs[r], cachedUs[r], cachedUs[r] / luceneUs[r]);
        }
    }

    /** A standard tokenizer and a filter, reused across texts as an analyzer reuses them on one thread. */
    private static final class Chain {
        private final Tokenizer tokenizer = new StandardTokenizer();
        private final TokenStream stream;
        private final CharTermAttribute term;

        Chain(java.util.function.Function<TokenStream, TokenStream> filter) {
            this.stream = filter.apply(tokenizer);
            this.term = stream.addAttribute(CharTermAttribute.class);
        }

        List<String> run(List<String> texts) throws IOException {
            List<String> tokens = new ArrayList<>();
            for (String text : texts) {
                tokenizer.setReader(new StringReader(text));
                stream.reset();
                while (stream.incrementToken()) {
                    tokens.add(term.toString());
                }
                stream.end();
                stream.close();
            }
            return tokens;
        }

        double microsPerToken(List<String> texts) throws IOException {
            long start = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            int tokens = run(texts).size();
            return (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - start) / 1e3 / tokens;
        }
    }

    private static List<String> paragraphs(Path dir) throws IOException {
        List<String> paragraphs = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                for (JsonNode article : Json.mapper().readTree(Files.readString(file)).path("data")) {
                    article.path("paragraphs").forEach(p -> paragraphs.add(p.path("context").asText()));
                }
            }
        }
        return paragraphs;
    }
}
