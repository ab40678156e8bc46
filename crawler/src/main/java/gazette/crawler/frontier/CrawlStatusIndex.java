package gazette.crawler.frontier;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The crawl-status index: the durable frontier, one document per URL, defined by the resource
 * {@code gazette/index/crawl-status.json}. Ops query it to see what the crawler did with a URL and why.
 */
public final class CrawlStatusIndex {
    /** The index the {@code crawl} command keeps its frontier in. */
    public static final String NAME = "gazette-crawl-status";

    private CrawlStatusIndex() {}

    /** The index definition as JSON, ready for the client's {@code withJson}. */
    public static String definition() {
        try (InputStream in = CrawlStatusIndex.class.getResourceAsStream("/gazette/index/crawl-status.json")) {
            if (in == null) {
                throw new IllegalStateException("resource gazette/index/crawl-status.json is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
