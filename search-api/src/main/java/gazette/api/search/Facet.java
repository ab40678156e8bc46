package gazette.api.search;

import java.util.Locale;

/** The facets a search counts hits by; the date range is the year facet's filter. */
enum Facet {
    LANGUAGE, SITE, YEAR;

    /** The aggregation name, also the key under {@code facets} in the response. */
    String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
