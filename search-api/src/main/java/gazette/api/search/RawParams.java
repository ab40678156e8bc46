package gazette.api.search;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Query-string values by name, with the checks every parameter shares: known name, given once, a number. */
final class RawParams {
    private final Map<String, List<String>> values;

    RawParams(Map<String, List<String>> values, Set<String> known) {
        this.values = values;
        values.keySet().stream().filter(k -> !known.contains(k)).sorted().findFirst().ifPresent(k -> {
            throw new BadParameterException(k, "is not a known parameter; known are " + new TreeSet<>(known));
        });
    }

    /** Every non-blank value of a repeatable parameter. */
    List<String> all(String name) {
        return values.getOrDefault(name, List.of()).stream().map(String::strip).filter(v -> !v.isEmpty()).toList();
    }

    /** The value of a parameter that may appear once; blank counts as absent. */
    String single(String name, String fallback) {
        List<String> given = all(name);
        if (given.size() > 1) {
            throw new BadParameterException(name, "may be given only once");
        }
        return given.isEmpty() ? fallback : given.getFirst();
    }

    /** {@code true} or {@code false}; absent is false. */
    boolean bool(String name) {
        String value = single(name, "false");
        if (!value.equals("true") && !value.equals("false")) {
            throw new BadParameterException(name, "must be true or false");
        }
        return value.equals("true");
    }

    int integer(String name, int fallback, int min, int max) {
        String value = single(name, null);
        if (value == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below, the same way as a number out of range
        }
        String range = max == Integer.MAX_VALUE ? "at least " + min : "from " + min + " to " + max;
        throw new BadParameterException(name, "must be a whole number " + range);
    }
}
