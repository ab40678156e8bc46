package gazette.indexer;

import static org.assertj.core.api.Assertions.assertThat;

import gazette.core.Page;
import gazette.indexer.dedup.Op;
import gazette.indexer.dedup.Write;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnrefreshedTest {
    private static final String TEXT = "The ministry announced a new pension programme for retired workers in all "
            + "provinces, starting next year with a higher monthly allowance for every household.";

    @Test
    void refreshesOnlyWhenABatchCouldMatchItsOwnUnrefreshedWrites() {
        Unrefreshed unrefreshed = new Unrefreshed();
        Write.Accept first = accept("https://gov.example/a", TEXT);
        assertThat(unrefreshed.mustRefresh(List.of(first))).as("before the first lookup").isTrue();
        unrefreshed.refreshed();

        unrefreshed.wrote(List.of(new Op(Op.Kind.CREATE, "a", first.source(), null, List.of(first))));

        assertThat(unrefreshed.mustRefresh(List.of(accept("https://gov.example/b", "A different notice.")))).isFalse();
        assertThat(unrefreshed.mustRefresh(List.of(accept("https://gov.example/copy", TEXT)))).as("same text").isTrue();
        assertThat(unrefreshed.mustRefresh(List.of(new Write.Removal("https://gov.example/a", Instant.EPOCH))))
                .as("same URL").isTrue();
        unrefreshed.refreshed();
        assertThat(unrefreshed.mustRefresh(List.of(accept("https://gov.example/copy", TEXT)))).isFalse();
        unrefreshed.conflicted();
        assertThat(unrefreshed.mustRefresh(List.of(accept("https://gov.example/b", "A different notice.")))).isTrue();
    }

    private static Write.Accept accept(String url, String text) {
        Page page = new Page(url, "gov.example", "Notice", null, "en", text, Instant.parse("2024-01-01T00:00:00Z"),
                null, List.of());
        return new Write.Accept(page, PageSource.of(page));
    }
}
