package gazette.indexer.dedup;

import java.util.Comparator;

/** Which of several URLs serving one text keeps the document: one without a query string, then the shortest. */
public final class CanonicalUrl {
    /** Best first; ties fall back to the natural order, so the choice does not depend on crawl order. */
    public static final Comparator<String> ORDER = Comparator.comparing((String url) -> url.contains("?"))
            .thenComparingInt(String::length).thenComparing(Comparator.naturalOrder());

    private CanonicalUrl() {}
}
