package gazette.core.site;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One site Gazette crawls, as ops configure it (the sites file, or the admin API); JSON and YAML in snake case.
 * {@link SiteConfigReader} reads it with an error naming the site and field; the constructor checks what a reader
 * cannot get wrong by itself.
 *
 * @param name         a short key: lower-case letters, digits, {@code -} and {@code _}
 * @param seeds        start URLs
 * @param sitemaps     sitemap URLs read besides those robots.txt names
 * @param scope        which URLs belong to the site, and how many pages to take
 * @param politeness   how gently its hosts are treated
 * @param schedule     when it is crawled by itself
 * @param removal      what happens to a page found gone
 * @param allowPrivate whether loopback and private addresses may be fetched (tests, the demo)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SiteConfig(String name, List<URI> seeds, List<URI> sitemaps, SiteScope scope,
        SitePoliteness politeness, Schedule schedule, RemovalPolicy removal, boolean allowPrivate) {
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,62}");

    public SiteConfig {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new InvalidSiteException(name, "name", "must be 1 to 63 lower-case letters, digits, - or _, "
                    + "starting with a letter or digit");
        }
        seeds = List.copyOf(Objects.requireNonNull(seeds, "seeds"));
        sitemaps = List.copyOf(Objects.requireNonNull(sitemaps, "sitemaps"));
        if (seeds.isEmpty()) {
            throw new InvalidSiteException(name, "seeds", "must hold at least one http(s) URL");
        }
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(politeness, "politeness");
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(removal, "removal");
        for (URI seed : seeds) {
            if (!scope.hosts().isEmpty() && !scope.hosts().contains(host(seed))) {
                throw new InvalidSiteException(name, "scope.hosts", "must include the host of every seed; "
                        + host(seed) + " is missing");
            }
        }
    }

    /** The hosts this site's crawls hold: {@code scope.hosts}, or the seeds' hosts when that is empty. */
    public Set<String> hosts() {
        Set<String> hosts = new LinkedHashSet<>(scope.hosts());
        if (hosts.isEmpty()) {
            seeds.forEach(seed -> hosts.add(host(seed)));
        }
        return hosts;
    }

    /** The same site under another schedule. */
    public SiteConfig withSchedule(Schedule other) {
        return new SiteConfig(name, seeds, sitemaps, scope, politeness, other, removal, allowPrivate);
    }

    /** A URL's host as the crawler keys it: lower case, with the port when it is not the scheme's default. */
    public static String host(URI url) {
        String host = url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT);
        int standard = "https".equalsIgnoreCase(url.getScheme()) ? 443 : 80;
        return url.getPort() == -1 || url.getPort() == standard ? host : host + ":" + url.getPort();
    }
}
