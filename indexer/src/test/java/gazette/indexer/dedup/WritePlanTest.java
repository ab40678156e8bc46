package gazette.indexer.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import gazette.core.Page;
import gazette.core.PageDocument;
import gazette.indexer.PageSource;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WritePlanTest {
    private static final String TEXT = "The ministry announced a new pension programme for retired workers in all "
            + "provinces, starting next year with a higher monthly allowance.";
    private static final String SHORT = "https://gov.example/news/1";
    private static final String QUERY = "https://gov.example/news/1?from=home";
    private static final String PRINT = "https://gov.example/print/news/1.html";
    private static final Instant GONE = Instant.parse("2024-05-01T00:00:00Z");

    @Test
    void duplicatesShareOneDocumentUnderTheUrlWithoutQueryString() {
        List<Op> ops = WritePlan.plan(List.of(accept(QUERY, TEXT), accept(SHORT, TEXT)), List.of());

        assertThat(ops).singleElement().satisfies(op -> {
            assertThat(op.kind()).isEqualTo(Op.Kind.CREATE);
            assertThat(op.id()).isEqualTo(PageDocument.id(SHORT));
            assertThat(op.source()).containsEntry(PageDocument.URL, SHORT)
                    .containsEntry(PageDocument.URLS, List.of(SHORT, QUERY))
                    .containsEntry(PageDocument.URL_IDS, List.of(PageDocument.id(SHORT), PageDocument.id(QUERY)));
        });
    }

    @Test
    void aBetterUrlFoundLaterTakesTheDocumentOver() {
        Stored first = stored(WritePlan.plan(List.of(accept(PRINT, TEXT)), List.of()).getFirst());

        List<Op> ops = WritePlan.plan(List.of(accept(SHORT, TEXT)), List.of(first));

        assertThat(ops).extracting(Op::kind, Op::id).containsExactlyInAnyOrder(
                tuple(Op.Kind.DELETE, PageDocument.id(PRINT)),
                tuple(Op.Kind.CREATE, PageDocument.id(SHORT)));
        Op created = ops.stream().filter(o -> o.kind() == Op.Kind.CREATE).findFirst().orElseThrow();
        assertThat(created.source()).containsEntry(PageDocument.URLS, List.of(SHORT, PRINT))
                .containsEntry(PageDocument.DUPLICATE_GROUP, PageDocument.id(PRINT));
    }

    @Test
    void rerunningACrawlRewritesTheSameDocumentConditionally() {
        List<Write> crawl = List.of(accept(QUERY, TEXT), accept(SHORT, TEXT), accept(PRINT, "Another text " + TEXT));
        List<Stored> first = WritePlan.plan(crawl, List.of()).stream().map(WritePlanTest::stored).toList();

        List<Op> again = WritePlan.plan(crawl, first);

        assertThat(again).extracting(Op::kind).containsOnly(Op.Kind.INDEX);
        assertThat(again).extracting(Op::id).containsExactlyInAnyOrderElementsOf(first.stream().map(Stored::id).toList());
        assertThat(again).extracting(Op::source).containsExactlyInAnyOrderElementsOf(
                first.stream().map(Stored::source).toList());
    }

    @Test
    void removingTheOnlyUrlIsAPartialUpdate() {
        Stored doc = stored(WritePlan.plan(List.of(accept(SHORT, TEXT)), List.of()).getFirst());

        List<Op> ops = WritePlan.plan(List.of(new Write.Removal(SHORT, GONE)), List.of(doc));

        assertThat(ops).singleElement().satisfies(op -> {
            assertThat(op.kind()).isEqualTo(Op.Kind.UPDATE);
            assertThat(op.read()).isEqualTo(doc);
            assertThat(op.source()).isEqualTo(Map.of(PageDocument.REMOVED, true, PageDocument.REMOVED_AT, GONE.toString()));
        });
    }

    @Test
    void removingOneOfSeveralUrlsKeepsTheTextLiveUnderTheOthers() {
        Stored doc = stored(WritePlan.plan(List.of(accept(SHORT, TEXT), accept(QUERY, TEXT)), List.of()).getFirst());

        List<Op> ops = WritePlan.plan(List.of(new Write.Removal(SHORT, GONE)), List.of(doc));

        assertThat(ops).extracting(Op::kind).containsExactlyInAnyOrder(Op.Kind.DELETE, Op.Kind.CREATE);
        Op moved = ops.stream().filter(o -> o.kind() == Op.Kind.CREATE).findFirst().orElseThrow();
        assertThat(moved.id()).isEqualTo(PageDocument.id(QUERY));
        assertThat(moved.source()).containsEntry(PageDocument.URLS, List.of(QUERY))
                .containsEntry(PageDocument.REMOVED, false);
    }

    @Test
    void aRemovedPageAcceptedAgainIsLive() {
        Stored doc = stored(WritePlan.plan(List.of(accept(SHORT, TEXT)), List.of()).getFirst());
        Map<String, Object> removed = new HashMap<>(doc.source());
        removed.put(PageDocument.REMOVED, true);
        removed.put(PageDocument.REMOVED_AT, GONE.toString());

        List<Op> ops = WritePlan.plan(List.of(accept(SHORT, TEXT)), List.of(new Stored(doc.id(), removed, 4, 1)));

        assertThat(ops).singleElement().satisfies(op -> {
            assertThat(op.kind()).isEqualTo(Op.Kind.INDEX);
            assertThat(op.source()).containsEntry(PageDocument.REMOVED, false).doesNotContainKey(PageDocument.REMOVED_AT);
        });
    }

    @Test
    void aUrlWhoseTextChangedLeavesTheDocumentItShared() {
        Stored shared = stored(WritePlan.plan(List.of(accept(SHORT, TEXT), accept(PRINT, TEXT)), List.of()).getFirst());

        List<Op> ops = WritePlan.plan(List.of(accept(PRINT, "Corrected: " + TEXT)), List.of(shared));

        assertThat(ops).extracting(Op::kind, Op::id).containsExactlyInAnyOrder(
                tuple(Op.Kind.INDEX, PageDocument.id(SHORT)),
                tuple(Op.Kind.CREATE, PageDocument.id(PRINT)));
        assertThat(ops).filteredOn(o -> o.kind() == Op.Kind.INDEX).singleElement()
                .satisfies(o -> assertThat(o.source()).containsEntry(PageDocument.URLS, List.of(SHORT)));
    }

    @Test
    void shortTextsAreNeverMerged() {
        List<Op> ops = WritePlan.plan(List.of(accept(SHORT, "Page not found"), accept(PRINT, "Page not found")),
                List.of());

        assertThat(ops).extracting(Op::id).containsExactly(PageDocument.id(SHORT), PageDocument.id(PRINT));
    }

    private static Write.Accept accept(String url, String text) {
        Page page = new Page(url, "gov.example", "Pensions", null, "en", text, Instant.parse("2024-01-01T00:00:00Z"),
                null, List.of());
        return new Write.Accept(page, PageSource.of(page));
    }

    private static Stored stored(Op op) {
        return new Stored(op.id(), op.source(), 3, 1);
    }
}
