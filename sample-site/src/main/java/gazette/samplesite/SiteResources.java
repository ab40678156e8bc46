package gazette.samplesite;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Renders every path of the site once, for a server listening at {@code base}. */
final class SiteResources {
    /** Announcements go out at 08:00 UTC on their publication date. */
    private static final int PUBLISHING_HOUR = 8;

    private SiteResources() {}

    static Map<String, Resource> render(SiteContent content, URI base) {
        PageTemplate template = new PageTemplate(base, content.languages().getFirst());
        NewsPages pages = new NewsPages(content, template);
        Instant latest = instant(content.stories().getFirst().published());
        Map<String, Resource> resources = new LinkedHashMap<>();
        resources.put(SitePaths.HOME, Resource.of(pages.home(), Resource.HTML, latest));
        resources.put(SitePaths.ROBOTS, Resource.of(robots(template), Resource.TEXT, latest));
        resources.put(SitePaths.SITEMAP, Resource.of(sitemap(content, template), Resource.XML, latest));
        resources.put(SitePaths.PRIVATE, Resource.of(privatePage(), Resource.HTML, latest));
        for (SiteLanguage language : content.languages()) {
            for (int number = 1; number <= pages.listingPages(); number++) {
                Instant newest = instant(content.stories().get((number - 1) * NewsPages.PAGE_SIZE).published());
                resources.put(SitePaths.listing(language.code(), number),
                        Resource.of(pages.listing(language, number), Resource.HTML, newest));
            }
            for (Story story : content.stories()) {
                resources.put(story.page(language.code()).path(),
                        Resource.of(pages.article(story, language), Resource.HTML, instant(story.published())));
            }
        }
        return Map.copyOf(resources);
    }

    private static Instant instant(LocalDate date) {
        return date.atTime(PUBLISHING_HOUR, 0).toInstant(ZoneOffset.UTC);
    }

    private static String robots(PageTemplate template) {
        return "User-agent: *\nDisallow: /private/\n\nSitemap: " + template.absolute(SitePaths.SITEMAP) + "\n";
    }

    private static String sitemap(SiteContent content, PageTemplate template) {
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        List<SamplePage> articles = content.articles().stream()
                .sorted(Comparator.comparing(SamplePage::published).thenComparing(SamplePage::path)).toList();
        for (SamplePage page : articles) {
            out.append("<url><loc>").append(template.absolute(page.path())).append("</loc><lastmod>")
                    .append(page.published()).append("</lastmod></url>\n");
        }
        return out.append("</urlset>\n").toString();
    }

    private static String privatePage() {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"robots\" content=\"noindex, nofollow\">\n<title>Staff intranet</title>\n</head>\n"
                + "<body>\n<h1>Staff intranet</h1>\n<p>Internal notices for ministry staff only.</p>\n"
                + "</body>\n</html>\n";
    }
}
