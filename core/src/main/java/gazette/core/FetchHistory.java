package gazette.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The fetch-history index: one {@link FetchEvent} per fetch, defined by the resource
 * {@code gazette/index/fetch-history.json}. The crawler writes it; the search API and the ops commands read it.
 */
public final class FetchHistory {
    /** The index name. */
    public static final String NAME = "gazette-fetch-history";

    private FetchHistory() {}

    /**
     * Only the {@code mappings} of the definition, for a put-mapping on an index created before fields were added:
     * every change to the mapping is additive, so an older index takes it.
     */
    public static String mappings() {
        try {
            return Json.mapper().readTree(definition()).path("mappings").toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The index definition as JSON, ready for the client's {@code withJson}. */
    public static String definition() {
        try (InputStream in = FetchHistory.class.getResourceAsStream("/gazette/index/fetch-history.json")) {
            if (in == null) {
                throw new IllegalStateException("resource gazette/index/fetch-history.json is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
