package gazette.samplesite;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;

/** Renders the HTML pages of the site: articles, per-language listings and the home page. */
final class NewsPages {
    static final int PAGE_SIZE = 10;
    private static final int RELATED = 3;

    private final SiteContent content;
    private final PageTemplate template;

    NewsPages(SiteContent content, PageTemplate template) {
        this.content = content;
        this.template = template;
    }

    int listingPages() {
        return Math.max(1, (content.stories().size() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    String article(Story story, SiteLanguage language) {
        SamplePage page = story.page(language.code());
        StringBuilder main = new StringBuilder(breadcrumb(language))
                .append("<article class=\"news-article\">\n<h1>").append(Html.escape(page.title())).append("</h1>\n")
                .append("<div class=\"date-line\">").append(Html.escape(language.formatDate(page.published())))
                .append("</div>\n")
                .append("<div class=\"article-body\">\n");
        for (String paragraph : page.text().split("\n\n")) {
            main.append("<p>").append(Html.escape(paragraph)).append("</p>\n");
        }
        main.append("</div>\n</article>\n<aside class=\"related-news\">\n<h2>")
                .append(Html.escape(language.labels().related())).append("</h2>\n")
                .append(newsList(related(story), language)).append("</aside>\n");
        Map<SiteLanguage, String> versions = perLanguage(l -> story.page(l.code()).path());
        String title = PageTemplate.title(page.title(), language);
        var head = new PageTemplate.Head(title, page.path(), byCode(versions), true);
        return template.page(language, head, versions, main.toString());
    }

    String listing(SiteLanguage language, int number) {
        List<Story> stories = content.stories();
        List<Story> items = stories.subList((number - 1) * PAGE_SIZE, Math.min(stories.size(), number * PAGE_SIZE));
        String heading = language.labels().news() + (number == 1 ? "" : " (" + number + ")");
        String main = breadcrumb(language) + "<h1>" + Html.escape(heading) + "</h1>\n"
                + newsList(items, language) + pagination(language, number);
        Map<SiteLanguage, String> versions = perLanguage(l -> SitePaths.listing(l.code(), number));
        String path = SitePaths.listing(language.code(), number);
        var head = new PageTemplate.Head(PageTemplate.title(heading, language), path, byCode(versions), false);
        return template.page(language, head, versions, main);
    }

    String home() {
        SiteLanguage english = content.languages().getFirst();
        StringBuilder main = new StringBuilder("<h1>").append(Html.escape(english.ministry())).append("</h1>\n")
                .append("<ul class=\"site-languages\">\n");
        for (SiteLanguage language : content.languages()) {
            main.append("<li lang=\"").append(language.code()).append("\"><a href=\"")
                    .append(SitePaths.listing(language.code(), 1)).append("\">").append(Html.escape(language.name()))
                    .append("</a> – ").append(Html.escape(language.ministry())).append("</li>\n");
        }
        main.append("</ul>\n");
        var head = new PageTemplate.Head(english.ministry(), SitePaths.HOME, Map.of(), false);
        return template.page(english, head, perLanguage(l -> SitePaths.listing(l.code(), 1)), main.toString());
    }

    private List<Story> related(Story story) {
        List<Story> stories = content.stories();
        int at = stories.indexOf(story);
        return IntStream.rangeClosed(1, RELATED)
                .mapToObj(offset -> stories.get((at + offset) % stories.size())).toList();
    }

    private static String newsList(List<Story> stories, SiteLanguage language) {
        StringBuilder out = new StringBuilder("<ul class=\"news-list\">\n");
        for (Story story : stories) {
            SamplePage page = story.page(language.code());
            out.append("<li><a href=\"").append(page.path()).append("\">").append(Html.escape(page.title()))
                    .append("</a> <span class=\"date\">").append(Html.escape(language.formatDate(page.published())))
                    .append("</span></li>\n");
        }
        return out.append("</ul>\n").toString();
    }

    private String pagination(SiteLanguage language, int number) {
        StringBuilder out = new StringBuilder("<nav class=\"pagination\">");
        if (number > 1) {
            out.append(link(SitePaths.listing(language.code(), number - 1), "prev", language.labels().previous()));
        }
        out.append(" <span class=\"page-number\">").append(number).append(" / ").append(listingPages())
                .append("</span> ");
        if (number < listingPages()) {
            out.append(link(SitePaths.listing(language.code(), number + 1), "next", language.labels().next()));
        }
        return out.append("</nav>\n").toString();
    }

    private static String link(String path, String rel, String text) {
        return "<a rel=\"" + rel + "\" href=\"" + path + "\">" + Html.escape(text) + "</a>";
    }

    private static String breadcrumb(SiteLanguage language) {
        SiteLanguage.Labels labels = language.labels();
        return "<nav class=\"breadcrumb\"><a href=\"" + SitePaths.HOME + "\">" + Html.escape(labels.home())
                + "</a> › <a href=\"" + SitePaths.listing(language.code(), 1) + "\">" + Html.escape(labels.news())
                + "</a></nav>\n";
    }

    private Map<SiteLanguage, String> perLanguage(Function<SiteLanguage, String> path) {
        Map<SiteLanguage, String> paths = new LinkedHashMap<>();
        content.languages().forEach(l -> paths.put(l, path.apply(l)));
        return paths;
    }

    private static Map<String, String> byCode(Map<SiteLanguage, String> paths) {
        Map<String, String> byCode = new LinkedHashMap<>();
        paths.forEach((language, path) -> byCode.put(language.code(), path));
        return byCode;
    }
}
