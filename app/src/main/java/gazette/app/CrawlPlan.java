package gazette.app;

import gazette.core.CrawlRequest;
import gazette.core.site.SiteConfig;
import gazette.core.site.SiteScope;
import gazette.crawler.CrawlSettings;
import gazette.crawler.scope.UrlFilter;
import gazette.crawler.politeness.PolitenessSettings;
import gazette.crawler.scope.UrlNormalizer;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A crawl request made concrete: the crawler's settings, the hosts it holds, the site it belongs to, which known URLs
 * it fetches again even if not yet due, and whether it is narrowed (a section or a URL list: it loads and records only
 * its own URLs, so the rest of the frontier is left as it was).
 *
 * @param kind    {@code seeds}, {@code site}, {@code section} or {@code urls}
 * @param site    the site's configuration, or null
 * @param recrawl the known URLs that are due now
 */
record CrawlPlan(CrawlSettings settings, Set<String> hosts, String kind, SiteConfig site, Predicate<String> recrawl,
        boolean narrowed) {
    private static final UrlNormalizer NORMALIZER = new UrlNormalizer();

    /** @throws IllegalArgumentException when the request names a site that is not configured */
    static CrawlPlan of(CrawlRequest request, SitesFile sites, PolitenessSettings base) {
        SiteConfig site = site(request, sites);
        String kind = !request.seeds().isEmpty() ? "seeds" : request.section() != null ? "section"
                : !request.urls().isEmpty() ? "urls" : "site";
        List<URI> seeds = switch (kind) {
            case "seeds" -> request.seeds();
            case "section" -> List.of(request.section());
            case "urls" -> request.urls();
            default -> siteSeeds(site);
        };
        boolean narrowed = kind.equals("section") || kind.equals("urls");
        CrawlSettings settings = settings(request, site, seeds, kind, base);
        return new CrawlPlan(settings, settings.hosts(), kind, site, recrawl(kind, request), narrowed);
    }

    /** The site's name, or null. */
    String siteName() {
        return site == null ? null : site.name();
    }

    private static CrawlSettings settings(CrawlRequest request, SiteConfig site, List<URI> seeds, String kind,
            PolitenessSettings base) {
        SiteScope scope = site == null ? SiteScope.defaults() : site.scope();
        int maxPages = request.maxPages() != CrawlRequest.SITE_MAX_PAGES ? request.maxPages() : scope.maxPages();
        int depth = switch (kind) {
            case "urls" -> 0;
            case "section" -> 1;
            default -> scope.maxDepth();
        };
        PolitenessSettings politeness = site == null ? base : base.withMinDelay(site.politeness().delay())
                .withMaxParallelPerHost(site.politeness().parallel());
        CrawlSettings.Builder b = CrawlSettings.builder(seeds).maxPages(maxPages).maxDepth(depth)
                .politeness(politeness).allowPrivate(request.allowPrivate() || (site != null && site.allowPrivate()))
                .sitemaps(!kind.equals("section") && !kind.equals("urls"));
        if (site != null) {
            b.removeAfter(site.removal().goneAfter()).sitemapUrls(site.sitemaps())
                    .filter(UrlFilter.of(scope.include(), scope.exclude()));
        }
        return b.build();
    }

    /** The site's seeds, plus the home page of each host in its scope that no seed is on. */
    private static List<URI> siteSeeds(SiteConfig site) {
        List<URI> seeds = new ArrayList<>(site.seeds());
        Set<String> seeded = new HashSet<>();
        seeds.forEach(s -> seeded.add(SiteConfig.host(s)));
        String scheme = site.seeds().get(0).getScheme();
        site.hosts().stream().filter(h -> !seeded.contains(h)).forEach(h -> seeds.add(URI.create(scheme + "://" + h + "/")));
        return seeds;
    }

    private static SiteConfig site(CrawlRequest request, SitesFile sites) {
        if (request.site() != null) {
            return sites.get(request.site()).orElseThrow(() -> new IllegalArgumentException(
                    "no configured site is named '" + request.site() + "'"));
        }
        List<URI> any = request.section() != null ? List.of(request.section()) : request.urls();
        return any.isEmpty() ? null : sites.byHost(SiteConfig.host(any.get(0))).orElse(null);
    }

    private static Predicate<String> recrawl(String kind, CrawlRequest request) {
        return switch (kind) {
            case "site" -> url -> true;
            case "section" -> {
                String prefix = normalized(request.section());
                yield url -> url.startsWith(prefix) || url.startsWith(request.section().toString());
            }
            case "urls" -> {
                Set<String> urls = new LinkedHashSet<>();
                request.urls().forEach(u -> {
                    urls.add(u.toString());
                    urls.add(normalized(u));
                });
                yield urls::contains;
            }
            default -> url -> false;
        };
    }

    private static String normalized(URI url) {
        return NORMALIZER.normalize(url.toString()).map(URI::toString).orElse(url.toString());
    }
}
