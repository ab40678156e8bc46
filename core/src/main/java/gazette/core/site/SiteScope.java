package gazette.core.site;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;
import java.util.Objects;

/**
 * Which URLs belong to a site.
 *
 * @param hosts    the hosts a crawl may fetch from; empty means the seeds' hosts
 * @param include  regular expressions; when any are given a URL must match one (searched anywhere in the URL)
 * @param exclude  regular expressions; a URL matching one is left out
 * @param maxDepth link hops from a seed
 * @param maxPages pages one crawl takes at most
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SiteScope(List<String> hosts, List<String> include, List<String> exclude, int maxDepth, int maxPages) {
    public static final int DEFAULT_MAX_DEPTH = 20;
    public static final int DEFAULT_MAX_PAGES = 1000;

    public SiteScope {
        hosts = List.copyOf(Objects.requireNonNull(hosts, "hosts"));
        include = List.copyOf(Objects.requireNonNull(include, "include"));
        exclude = List.copyOf(Objects.requireNonNull(exclude, "exclude"));
    }

    /** The seeds' hosts, every URL, {@value #DEFAULT_MAX_DEPTH} hops, {@value #DEFAULT_MAX_PAGES} pages. */
    public static SiteScope defaults() {
        return new SiteScope(List.of(), List.of(), List.of(), DEFAULT_MAX_DEPTH, DEFAULT_MAX_PAGES);
    }

    /** Whether the include and exclude patterns let {@code url} in. */
    public boolean admits(String url) {
        boolean included = include.isEmpty() || include.stream().anyMatch(p -> SiteConfigReader.pattern(p).matcher(url).find());
        return included && exclude.stream().noneMatch(p -> SiteConfigReader.pattern(p).matcher(url).find());
    }
}
