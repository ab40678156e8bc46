package gazette.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pages index: its alias, the versioned index behind it, and its definition (settings, analyzers and
 * mappings) kept as the resource {@code gazette/index/pages.json}. Writers use the versioned name, readers the alias,
 * so a new version can be built beside the old one and swapped in.
 */
public final class PagesIndex {
    /** Readers search this alias. */
    public static final String ALIAS = "gazette-pages";
    /** The index version this build writes; bump it whenever the definition changes, so {@code reindex} migrates. */
    public static final int VERSION = 5;
    private static final Pattern VERSION_SUFFIX = Pattern.compile("-v(\\d{1,9})$");

    private PagesIndex() {}

    /** The concrete index name for an alias, e.g. {@code gazette-pages-v1}. */
    public static String versioned(String alias) {
        return versioned(alias, VERSION);
    }

    /** The concrete index name of {@code version}, e.g. {@code gazette-pages-v2}. */
    public static String versioned(String alias, int version) {
        return alias + "-v" + version;
    }

    /** The version in a concrete index name made by {@link #versioned}; 0 for a name without one. */
    public static int versionOf(String index) {
        Matcher m = VERSION_SUFFIX.matcher(index);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    /** The index definition as JSON, ready for the client's {@code withJson}. */
    public static String definition() {
        try (InputStream in = PagesIndex.class.getResourceAsStream("/gazette/index/pages.json")) {
            if (in == null) {
                throw new IllegalStateException("resource gazette/index/pages.json is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
