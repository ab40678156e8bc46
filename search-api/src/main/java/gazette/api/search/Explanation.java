package gazette.api.search;

import co.elastic.clients.elasticsearch.core.explain.ExplanationDetail;
import java.util.List;

/** Why a hit scored what it did ({@code explain=true}): Elasticsearch's explanation tree, as is. */
public record Explanation(double value, String description, List<Explanation> details) {

    static Explanation of(co.elastic.clients.elasticsearch.core.explain.Explanation e) {
        return new Explanation(e.value(), e.description(), details(e.details()));
    }

    private static Explanation of(ExplanationDetail d) {
        return new Explanation(d.value(), d.description(), details(d.details()));
    }

    private static List<Explanation> details(List<ExplanationDetail> details) {
        return details == null ? List.of() : details.stream().map(Explanation::of).toList();
    }
}
