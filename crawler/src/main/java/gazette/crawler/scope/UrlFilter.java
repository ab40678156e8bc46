package gazette.crawler.scope;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A site's include and exclude patterns (regular expressions found anywhere in the normalised URL). When includes
 * are given a URL must match one; a URL matching an exclude is left out. Seeds obey them too.
 */
public record UrlFilter(List<Pattern> include, List<Pattern> exclude) {
    /** Lets every URL in. */
    public static final UrlFilter ALL = new UrlFilter(List.of(), List.of());

    public UrlFilter {
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
    }

    /**
     * Compiles the patterns.
     *
     * @throws IllegalArgumentException naming the pattern that does not compile
     */
    public static UrlFilter of(List<String> include, List<String> exclude) {
        return new UrlFilter(compile(include), compile(exclude));
    }

    /** Empty when {@code url} is let in, else the pattern that keeps it out, for the skip detail. */
    public Optional<String> refusal(String url) {
        if (!include.isEmpty() && include.stream().noneMatch(p -> p.matcher(url).find())) {
            return Optional.of("include=none matched");
        }
        return exclude.stream().filter(p -> p.matcher(url).find()).findFirst().map(p -> "exclude=" + p.pattern());
    }

    private static List<Pattern> compile(List<String> patterns) {
        return patterns.stream().map(p -> {
            try {
                return Pattern.compile(p);
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("URL pattern does not compile: " + p + " (" + e.getDescription() + ")", e);
            }
        }).toList();
    }
}
