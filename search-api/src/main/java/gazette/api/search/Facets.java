package gazette.api.search;

import java.util.List;

/** Hit counts by language, site and publication year; each ignores its own filter. */
public record Facets(List<FacetValue> language, List<FacetValue> site, List<FacetValue> year) {
    public static Facets none() {
        return new Facets(List.of(), List.of(), List.of());
    }
}
