package gazette.testing;

import java.util.HexFormat;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Index names for test classes: {@code t-<simple class name>-<run>-<counter>}, lowercase and unique within a run and,
 * thanks to the random run part, across runs against one external cluster.
 */
final class IndexNames {
    private static final String RUN = HexFormat.of().toHexDigits((short) ThreadLocalRandom.current().nextInt());
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private IndexNames() {}

    /**
     * Both variable parts have a fixed width and a class name cannot contain '-', so no class's name is a prefix of
     * another's and deleting {@code name*} after a class cannot touch another class's indices.
     */
    static String forClass(Class<?> testClass) {
        String name = testClass.getSimpleName().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        return String.format(Locale.ROOT, "t-%s-%s-%04d", name, RUN, COUNTER.incrementAndGet());
    }
}
