package gazette.extraction.title;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Cuts the site name off a declared title: "Title | Site", "Site – Title", "标题_网站名", "标题-搜狐财经". The part
 * naming the site ({@code og:site_name}) goes; otherwise a clearly longest part is the title, else the last part is
 * taken for the site name (the commonest layout) and dropped.
 */
final class SiteName {
    private static final Pattern SEPARATOR = Pattern.compile("\\s+[|–—•·»:/-]{1,2}\\s+|\\s*[|_｜]\\s*|\\s+::\\s+"
            + "|(?<=\\p{IsHan})\\s*(?<![-—])[-—](?![-—])\\s*(?=\\p{IsHan})");

    private SiteName() {
    }

    static String strip(String title, String siteName) {
        List<String> parts = new ArrayList<>();
        for (String p : SEPARATOR.split(title)) {
            if (!p.isBlank()) {
                parts.add(p.strip());
            }
        }
        if (parts.size() < 2) {
            return title;
        }
        String site = normal(siteName);
        if (!site.isEmpty()) {
            List<String> rest = new ArrayList<>(parts);
            rest.removeIf(p -> normal(p).equals(site) || site.contains(normal(p)) && normal(p).length() > 3);
            if (rest.size() == 1) {
                return rest.getFirst();
            }
            // every part names the site ("Site | Site Magazine"): the title is the site's name
            parts = rest.isEmpty() ? parts : rest;
        }
        return byLength(title, parts);
    }

    private static String byLength(String title, List<String> parts) {
        List<String> sorted = new ArrayList<>(parts);
        sorted.sort((a, b) -> b.length() - a.length());
        if (sorted.get(0).length() >= 1.5 * sorted.get(1).length()) {
            return sorted.get(0);
        }
        String last = parts.getLast();
        String head = title.substring(0, title.lastIndexOf(last));
        return head.replaceAll("[\\s|–—•·»:/_｜-]+$", "").strip();
    }

    static String normal(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT).replaceAll("[\\p{P}\\p{S}\\s]+", "");
    }
}
