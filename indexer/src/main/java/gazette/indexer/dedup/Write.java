package gazette.indexer.dedup;

import gazette.core.Page;
import java.time.Instant;
import java.util.Map;

/** One thing a sink was asked to do, in the order it was asked. */
public sealed interface Write permits Write.Accept, Write.Removal {

    String url();

    /** Index a page; {@code source} is its document as the index definition wants it. */
    record Accept(Page page, Map<String, Object> source) implements Write {
        @Override
        public String url() {
            return page.url();
        }
    }

    /** Mark the page of {@code url} gone since {@code since}. */
    record Removal(String url, Instant since) implements Write {}
}
