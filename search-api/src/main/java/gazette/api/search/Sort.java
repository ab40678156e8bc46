package gazette.api.search;

import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import gazette.core.PageDocument;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The orders a search can return hits in. Each ends with the URL so that cursors (search_after) are stable. */
public enum Sort {
    RELEVANCE, NEWEST, OLDEST;

    /** The name used in the {@code sort} parameter and in cursors. */
    public String parameterValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Sort> fromParameter(String value) {
        for (Sort s : values()) {
            if (s.parameterValue().equals(value)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    List<SortOptions> options() {
        return switch (this) {
            case RELEVANCE -> List.of(score(), published(SortOrder.Desc), url());
            case NEWEST -> List.of(published(SortOrder.Desc), url());
            case OLDEST -> List.of(published(SortOrder.Asc), url());
        };
    }

    private static SortOptions score() {
        return SortOptions.of(s -> s.score(f -> f.order(SortOrder.Desc)));
    }

    /** Undated pages go last in both directions: a date order says nothing about them. */
    private static SortOptions published(SortOrder order) {
        return SortOptions.of(s -> s.field(f -> f.field(PageDocument.PUBLISHED).order(order).missing("_last")));
    }

    private static SortOptions url() {
        return SortOptions.of(s -> s.field(f -> f.field(PageDocument.URL).order(SortOrder.Asc)));
    }
}
