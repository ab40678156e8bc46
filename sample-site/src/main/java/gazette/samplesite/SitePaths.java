package gazette.samplesite;

import java.time.LocalDate;

/** Where each kind of page lives on the site. */
final class SitePaths {
    static final String HOME = "/";
    static final String ROBOTS = "/robots.txt";
    static final String SITEMAP = "/sitemap.xml";
    static final String PRIVATE = "/private/secret.html";

    private SitePaths() {}

    static String article(String language, LocalDate published, String storyId) {
        return "/" + language + "/news/" + published.getYear() + "/" + storyId + ".html";
    }

    /** Listing pages count from 1; the first is {@code index.html}, the others {@code index-N.html}. */
    static String listing(String language, int page) {
        return "/" + language + "/news/index" + (page == 1 ? "" : "-" + page) + ".html";
    }
}
