package gazette.indexer.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import gazette.core.Page;
import gazette.core.PageDocument;
import gazette.indexer.PageSource;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pages carrying aliases (URLs naming them as their rel=canonical with the same text) through {@link WritePlan}. */
class CanonicalAliasesTest {
    private static final String TEXT = "The ministry announced a new pension programme for retired workers in all "
            + "provinces, starting next year with a higher monthly allowance.";
    private static final String SHORT_TEXT = "The story, told once.";
    private static final String CANONICAL = "https://gov.example/news/2024/05/pension-programme.html";
    /** Shorter than the canonical, so {@link CanonicalUrl#ORDER} would prefer it if it were an exact duplicate. */
    private static final String ALIAS = "https://gov.example/s/1";
    private static final String PRINT = "https://gov.example/news/2024/05/pension-programme.html?print=1";

    @Test
    void aliasesFollowTheOwnUrlInTheDocumentWhateverTheTextLength() {
        List<Op> ops = WritePlan.plan(List.of(accept(CANONICAL, SHORT_TEXT, ALIAS)), List.of());

        assertThat(ops).singleElement().satisfies(op -> {
            assertThat(op.id()).isEqualTo(PageDocument.id(CANONICAL));
            assertThat(op.source()).containsEntry(PageDocument.URL, CANONICAL)
                    .containsEntry(PageDocument.URLS, List.of(CANONICAL, ALIAS))
                    .containsEntry(PageDocument.URL_IDS, List.of(PageDocument.id(CANONICAL), PageDocument.id(ALIAS)));
        });
    }

    @Test
    void aRecrawlWithoutTheAliasKeepsItListedAndInPlace() {
        Stored first = stored(WritePlan.plan(List.of(accept(CANONICAL, SHORT_TEXT, ALIAS)), List.of()).getFirst());

        List<Op> ops = WritePlan.plan(List.of(accept(CANONICAL, SHORT_TEXT)), List.of(first));

        assertThat(ops).singleElement().satisfies(op -> {
            assertThat(op.kind()).isEqualTo(Op.Kind.INDEX);
            assertThat(op.id()).isEqualTo(PageDocument.id(CANONICAL));
            assertThat(op.source()).containsEntry(PageDocument.URLS, List.of(CANONICAL, ALIAS));
        });
    }

    @Test
    void anAliasNeverTakesTheDocumentOverThoughAnExactDuplicateWithItsUrlWould() {
        Stored first = stored(WritePlan.plan(List.of(accept(CANONICAL, TEXT, ALIAS)), List.of()).getFirst());

        List<Op> ops = WritePlan.plan(List.of(accept(PRINT, TEXT), accept(CANONICAL, TEXT)), List.of(first));

        assertThat(ops).singleElement().satisfies(op -> {
            assertThat(op.kind()).isEqualTo(Op.Kind.INDEX);
            assertThat(op.id()).isEqualTo(PageDocument.id(CANONICAL));
            assertThat(op.source()).containsEntry(PageDocument.URLS, List.of(CANONICAL, ALIAS, PRINT));
        });
    }

    @Test
    void anAliasIndexedBeforeUnderItsOwnUrlIsFoldedIntoTheCanonicalDocument() {
        Stored own = stored(WritePlan.plan(List.of(accept(ALIAS, TEXT)), List.of()).getFirst());

        List<Op> ops = WritePlan.plan(List.of(accept(CANONICAL, TEXT, ALIAS)), List.of(own));

        assertThat(ops).extracting(Op::kind, Op::id).containsExactlyInAnyOrder(
                tuple(Op.Kind.DELETE, PageDocument.id(ALIAS)), tuple(Op.Kind.CREATE, PageDocument.id(CANONICAL)));
        assertThat(ops).filteredOn(o -> o.kind() == Op.Kind.CREATE).singleElement()
                .satisfies(o -> assertThat(o.source()).containsEntry(PageDocument.URLS, List.of(CANONICAL, ALIAS)));
    }

    @Test
    void anAliasWhoseOwnDocumentHasOtherTextLeavesIt() {
        Stored own = stored(WritePlan.plan(List.of(accept(ALIAS, "Older text. " + TEXT)), List.of()).getFirst());

        List<Op> ops = WritePlan.plan(List.of(accept(CANONICAL, TEXT, ALIAS)), List.of(own));

        assertThat(ops).extracting(Op::kind, Op::id).containsExactlyInAnyOrder(
                tuple(Op.Kind.DELETE, PageDocument.id(ALIAS)), tuple(Op.Kind.CREATE, PageDocument.id(CANONICAL)));
    }

    private static Write.Accept accept(String url, String text, String... aliases) {
        Page page = new Page(url, "gov.example", "Pensions", null, "en", text, Instant.parse("2024-01-01T00:00:00Z"),
                null, List.of(), List.of(aliases));
        return new Write.Accept(page, PageSource.of(page));
    }

    private static Stored stored(Op op) {
        return new Stored(op.id(), op.source(), 3, 1);
    }
}
