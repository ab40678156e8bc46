package gazette.indexer;

import static org.assertj.core.api.Assertions.assertThat;

import gazette.core.Page;
import gazette.core.PageDocument;
import gazette.indexer.dedup.Op;
import gazette.indexer.dedup.Stored;
import gazette.indexer.dedup.Write;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OwnWritesTest {
    private static final String TEXT = "The ministry announced a new pension programme for retired workers in all "
            + "provinces, starting next year with a higher monthly allowance for every household.";
    private static final Write.Accept FIRST = accept("https://gov.example/a", TEXT);
    private static final String ID = PageDocument.id("https://gov.example/a");

    @Test
    void refreshesBeforeTheFirstLookupAndAfterAConflictOnly() {
        OwnWrites own = new OwnWrites();
        assertThat(own.mustRefresh()).as("before the first lookup").isTrue();
        own.refreshed(own.refreshing());
        own.acknowledged(create(FIRST), 0, 1);
        assertThat(own.mustRefresh()).as("its own write").isFalse();

        long generation = own.refreshing();
        own.conflicted(); // while the refresh runs: it may not show the other writer's change
        own.refreshed(generation);
        assertThat(own.mustRefresh()).isTrue();
        own.refreshed(own.refreshing());
        assertThat(own.mustRefresh()).isFalse();
    }

    @Test
    void answersLookupsWithItsAcknowledgedWritesUntilARefreshShowsThem() {
        OwnWrites own = new OwnWrites();
        own.acknowledged(create(FIRST), 3, 1);

        Write.Accept copy = accept("https://gov.example/copy", TEXT);
        assertThat(own.over(List.of(), LookupKeys.of(List.of(copy)))).as("same text")
                .extracting(Stored::id, Stored::seqNo).containsExactly(org.assertj.core.groups.Tuple.tuple(ID, 3L));
        Write.Accept other = accept("https://gov.example/b", "A different notice about something else entirely.");
        assertThat(own.over(List.of(), LookupKeys.of(List.of(other)))).isEmpty();

        own.refreshed(own.refreshing());
        assertThat(own.over(List.of(), LookupKeys.of(List.of(copy)))).as("the search sees it now").isEmpty();
    }

    @Test
    void replacesWhatTheSearchFoundWithItsLaterVersionsAndDropsWhatItDeleted() {
        OwnWrites own = new OwnWrites();
        Stored old = new Stored(ID, Map.of(PageDocument.URL, "https://gov.example/a"), 2, 1);
        own.acknowledged(create(FIRST), 3, 1);
        assertThat(own.over(List.of(old), LookupKeys.of(List.of(FIRST)))).extracting(Stored::seqNo).containsExactly(3L);

        Stored newerByAnotherWriter = new Stored(ID, old.source(), 9, 1);
        assertThat(own.over(List.of(newerByAnotherWriter), LookupKeys.of(List.of(FIRST))))
                .containsExactly(newerByAnotherWriter);

        own.acknowledged(new Op(Op.Kind.DELETE, ID, null, old, List.of(FIRST)), 4, 1);
        assertThat(own.over(List.of(old), LookupKeys.of(List.of(FIRST)))).isEmpty();
    }

    private static Op create(Write.Accept accept) {
        return new Op(Op.Kind.CREATE, PageDocument.id(accept.url()), accept.source(), null, List.of(accept));
    }

    private static Write.Accept accept(String url, String text) {
        Page page = new Page(url, "gov.example", "Notice", null, "en", text, Instant.parse("2024-01-01T00:00:00Z"),
                null, List.of());
        return new Write.Accept(page, PageSource.of(page));
    }
}
